/**
 * The data desk's state: the articles being added, the build the worker made of the corpus with
 * them, the article shown and the row picked, and what the person decided about each row until
 * it is saved. Components read it and call its methods; nothing else writes it.
 */
import type { Lang } from '../lib/i18n';
import { deskRows, type DeskRow } from '../lib/desk/rows';
import type { ArticleInput, DeskBuild } from '../lib/desk/protocol';
import type { DeskDecision, FieldFix } from '../../scripts/lib/desk/decision-files.ts';
import {
  articleFileName,
  nextSourceId,
  type ArticleMeta,
} from '../../scripts/lib/desk/new-article.ts';
import { ArticleRefused, readFile, readPaste, type ArticleText } from './article-input';
import { BuildClient, type Progress } from './build-client';
import { d } from '../components/desk/strings';

/** A published article, as sources.csv lists it. */
export interface PublishedSource {
  source_id: string;
  file: string;
  sha256: string;
  date: string;
  title: string;
  outlet: string;
}

export interface NewArticle extends ArticleText {
  id: string;
  meta: ArticleMeta;
  /** The published article whose text this is (same SHA-256), or null. */
  sameAs: PublishedSource | null;
  /** A duplicate the person chose to list as another outlet of the published text. */
  confirmed: boolean;
}

const NAME_KEY = 'cq-desk-reviewer';
const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

export class DeskState {
  lang: Lang = $state('zh');
  published: PublishedSource[] = $state.raw([]);
  articles: NewArticle[] = $state.raw([]);
  /** Messages about input that was refused (nothing changed). */
  refusals: string[] = $state.raw([]);
  build: DeskBuild | null = $state.raw(null);
  progress: Progress | null = $state.raw(null);
  buildError: string | null = $state(null);
  sourceId: string | null = $state(null);
  selected: string | null = $state(null);
  decisions: Record<string, DeskDecision> = $state({});
  reviewer: string = $state('');

  readonly #client = new BuildClient();
  readonly #baseUrl: string;

  constructor(baseUrl: string, lang: Lang) {
    this.#baseUrl = baseUrl;
    this.lang = lang;
    this.reviewer = globalThis.localStorage?.getItem(NAME_KEY) ?? '';
  }

  rows: DeskRow[] = $derived(
    this.build && this.sourceId ? deskRows(this.build, this.sourceId) : [],
  );

  setReviewer = (name: string) => {
    this.reviewer = name;
    globalThis.localStorage?.setItem(NAME_KEY, name);
  };

  /** Files dropped or chosen: each checked; the accepted ones wait for their fields. */
  addFiles = async (files: readonly File[], meta: ArticleMeta): Promise<boolean> => {
    const read = await Promise.all(
      files.map((f) =>
        readFile(f).catch((e: Error) => (e instanceof ArticleRefused ? e : Promise.reject(e))),
      ),
    );
    return this.#admit(read, meta);
  };

  addPaste = async (text: string, meta: ArticleMeta): Promise<boolean> => {
    if (text.trim() === '') {
      this.refusals = [d('emptyPaste', this.lang)];
      return false;
    }
    const name = `${d('intakeTitle', this.lang)} ${this.articles.length + 1}`;
    const read = await readPaste(text, name).catch((e: Error) =>
      e instanceof ArticleRefused ? e : Promise.reject(e),
    );
    return this.#admit([read], meta);
  };

  #admit(read: (ArticleText | ArticleRefused)[], meta: ArticleMeta): boolean {
    const refusals: string[] = [];
    const added: NewArticle[] = [];
    for (const item of read) {
      if (item instanceof ArticleRefused) {
        refusals.push(item.message);
        continue;
      }
      const pending = [...this.articles, ...added].find((a) => a.sha256 === item.sha256);
      if (pending) {
        refusals.push(d('duplicatePending', this.lang, { name: item.name, other: pending.name }));
        continue;
      }
      const sameAs = this.published.find((s) => s.sha256 === item.sha256) ?? null;
      const ids = [
        ...this.published.map((s) => s.source_id),
        ...this.articles.map((a) => a.id),
        ...added.map((a) => a.id),
      ];
      added.push({ ...item, id: nextSourceId(ids), meta: { ...meta }, sameAs, confirmed: false });
    }
    this.refusals = refusals;
    if (!added.length) return false;
    this.articles = [...this.articles, ...added];
    // A duplicate of a published text is not read again: it waits to be confirmed as an outlet.
    const fresh = added.find((a) => !a.sameAs);
    if (fresh) {
      this.sourceId = fresh.id;
      this.runBuild();
    }
    return true;
  }

  /** Confirms a duplicate of a published text as another outlet of it. */
  keepAsOutlet = (id: string) => {
    this.articles = this.articles.map((a) => (a.id === id ? { ...a, confirmed: true } : a));
    this.runBuild();
  };

  removeArticle = (id: string) => {
    this.articles = this.articles.filter((a) => a.id !== id);
    for (const key of Object.keys(this.decisions))
      if (this.decisions[key]!.key.source_id === id) delete this.decisions[key];
    if (this.sourceId === id)
      this.sourceId = this.articles[0]?.id ?? this.published[0]?.source_id ?? null;
    this.runBuild();
  };

  /**
   * What the worker reads besides the published corpus: the new texts, and the duplicates
   * confirmed as other outlets (listed under the published file, read as reprints of it).
   */
  inputs(): ArticleInput[] {
    return this.articles
      .filter((a) => !a.sameAs || a.confirmed)
      .map((a) => ({
        id: a.id,
        file: a.sameAs ? a.sameAs.file : articleFileName(a.id, a.sha256),
        bytes: a.bytes,
        ...a.meta,
      }));
  }

  runBuild = () => {
    this.buildError = null;
    this.progress = { step: 'fetch', done: 0, total: 1 };
    this.#client
      .run(
        { type: 'build', baseUrl: this.#baseUrl, articles: this.inputs() },
        (p) => (this.progress = p),
      )
      .then((build) => {
        this.build = build;
        this.progress = null;
        if (!build.sources.some((s) => s.id === this.sourceId))
          this.sourceId = build.sources[0]?.id ?? null;
      })
      .catch((error: Error) => {
        this.progress = null;
        if (error.message !== 'stopped') this.buildError = error.message;
      });
  };

  stopBuild = () => this.#client.stop();

  /** Finds a row from either side: the text or the list. */
  select = (id: string | null) => {
    this.selected = id;
  };

  accept = (row: DeskRow) => this.#decide(row, { action: 'accept' });

  reject = (row: DeskRow, reason: string) => this.#decide(row, { action: 'reject', reason });

  fix = (row: DeskRow, fixes: FieldFix[], reason: string) =>
    this.#decide(row, { action: 'fix', fixes, reason });

  /** Withdraws a saved decision (the row is machine-read again). */
  withdraw = (row: DeskRow) => this.#decide(row, { action: 'clear' });

  /** Forgets a decision not saved yet. */
  undo = (row: DeskRow) => {
    delete this.decisions[row.id];
  };

  #decide(row: DeskRow, what: Pick<DeskDecision, 'action' | 'reason' | 'fixes'>) {
    this.decisions[row.id] = {
      key: row.key,
      rowHash: row.hash,
      decidedBy: this.reviewer,
      decidedAt: now(),
      ...what,
    };
  }

  /** The decisions to save, signed by the reviewer named at saving time. */
  pending(): DeskDecision[] {
    return Object.values(this.decisions).map((x) => ({ ...x, decidedBy: this.reviewer.trim() }));
  }

  /** After a save: the saved articles are published now; start again from the files on disk. */
  saved = (published: PublishedSource[]) => {
    this.published = published;
    this.articles = [];
    this.decisions = {};
    this.runBuild();
  };
}
