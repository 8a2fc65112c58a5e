/**
 * An article as the desk takes it in, checked by the pipeline's own intake (scripts/lib/intake.ts)
 * before anything runs: a dropped file's bytes, or pasted text kept exactly as pasted (its UTF-8
 * bytes are what the rules read and what is saved, so every offset holds). Too large, empty,
 * binary or not UTF-8 is refused with the pipeline's own message; a text already published (same
 * SHA-256) is recognised, to be offered as another outlet of it.
 */
import { decodeArticle, sizeProblem } from '../../scripts/lib/intake.ts';
import { sha256Hex } from '../lib/desk/sha256';

export interface ArticleText {
  /** File name, or a name for pasted text. */
  name: string;
  /** The bytes saved and read. */
  bytes: Uint8Array;
  /** As the pipeline reads it (BOM removed): what offsets point into. */
  text: string;
  /** The file's content as a string with its BOM, if any: what a save sends. */
  raw: string;
  sha256: string;
}

/** A refusal in the pipeline's words ("file.txt:3: not valid UTF-8 …"). */
export class ArticleRefused extends Error {}

/** SHA-256 hex: SubtleCrypto where the page is a secure context, else the plain one. */
export async function digest(bytes: Uint8Array): Promise<string> {
  if (globalThis.crypto?.subtle) {
    const hash = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
    return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }
  return sha256Hex(bytes);
}

/** Checks bytes as the pipeline would read them as an article named `name`. */
export async function readArticle(name: string, bytes: Uint8Array): Promise<ArticleText> {
  let text: string;
  try {
    text = decodeArticle(bytes, name);
  } catch (error) {
    throw new ArticleRefused((error as Error).message);
  }
  const raw = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return { name, bytes, text, raw, sha256: await digest(bytes) };
}

/** A dropped or chosen file: refused by its size before it is read. */
export async function readFile(file: File): Promise<ArticleText> {
  if (!/\.txt$/i.test(file.name)) throw new ArticleRefused(`${file.name}: not a .txt file`);
  const tooBig = sizeProblem(file.size);
  if (tooBig) throw new ArticleRefused(`${file.name}: ${tooBig}`);
  return readArticle(file.name, new Uint8Array(await file.arrayBuffer()));
}

/** Pasted text, byte for byte as pasted (line ends included). */
export async function readPaste(text: string, name: string): Promise<ArticleText> {
  const bytes = new TextEncoder().encode(text);
  const tooBig = sizeProblem(bytes.length);
  if (tooBig) throw new ArticleRefused(`${name}: ${tooBig}`);
  return readArticle(name, bytes);
}
