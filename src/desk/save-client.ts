/**
 * Saving the desk's work. Under `npm start` the dev server has a write endpoint
 * (scripts/desk-server.ts) and hands its page a per-run token in a meta tag; on a static host
 * there is neither, and the desk offers the same files as downloads, planned by the same code
 * the endpoint runs (scripts/lib/desk/save.ts) on the files the build read.
 */
import type { DeskBuild } from '../lib/desk/protocol';
import { sha256Hex } from '../lib/desk/sha256';
import { planSave, type SaveArticle, type SaveRequest } from '../../scripts/lib/desk/save.ts';
import { SAVE_PATH, TOKEN_HEADER, TOKEN_META } from '../../scripts/lib/desk/endpoint.ts';
import type { NewArticle } from './desk.svelte';

/** The dev server's token for this page, or null on a static host (no endpoint). */
export function deskToken(doc: Document = document): string | null {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content || null;
}

/** The articles of a save: new texts byte for byte, confirmed duplicates as other outlets. */
export function saveArticles(articles: readonly NewArticle[]): SaveArticle[] {
  return articles
    .filter((a) => !a.sameAs || a.confirmed)
    .map((a) => ({
      id: a.id,
      ...a.meta,
      ...(a.sameAs ? { sameAs: a.sameAs.file } : { text: a.raw }),
    }));
}

export interface SaveReply {
  written: string[];
  added: { id: string; file: string }[];
  pipeline: { code: number; output: string };
}

/** Posts a save to the dev server; rejects with the server's message. */
export async function saveToServer(
  request: SaveRequest,
  token: string,
  baseUrl: string,
): Promise<SaveReply> {
  const response = await fetch(new URL(`.${SAVE_PATH}`, baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
    body: JSON.stringify(request),
  });
  const body = (await response.json().catch(() => ({}))) as Partial<SaveReply> & {
    error?: string;
  };
  if (!response.ok)
    throw new Error(body.error ?? body.pipeline?.output ?? `HTTP ${response.status}`);
  return body as SaveReply;
}

export interface Download {
  /** Where it goes in the project: data/corrections.csv, seeds/005_….txt … */
  path: string;
  name: string;
  content: string;
}

/** The files a save would write, to download on a static host. */
export function plannedDownloads(request: SaveRequest, build: DeskBuild): Download[] {
  const plan = planSave(request, build.inputs, sha256Hex);
  return [
    ...[...plan.data].map(([name, content]) => ({ path: `data/${name}`, name, content })),
    ...[...plan.seeds].map(([name, content]) => ({ path: `seeds/${name}`, name, content })),
  ];
}
