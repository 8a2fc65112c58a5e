/**
 * Runs the pipeline in the desk's worker (build.worker.ts), so the page stays responsive however
 * long the build takes (an article of several megabytes): one build at a time, a newer request
 * stops the one running, progress is reported as it comes.
 */
import type { BuildRequest, DeskBuild, WorkerMessage } from '../lib/desk/protocol';

export interface Progress {
  step: string;
  done: number;
  total: number;
}

export class BuildClient {
  #worker: Worker | null = null;
  #reject: ((error: Error) => void) | null = null;

  /** Builds the corpus plus `request.articles`; rejects when stopped or when the build fails. */
  run(request: BuildRequest, onProgress: (p: Progress) => void): Promise<DeskBuild> {
    this.stop();
    const worker = new Worker(new URL('./build.worker.ts', import.meta.url), { type: 'module' });
    this.#worker = worker;
    return new Promise<DeskBuild>((resolve, reject) => {
      this.#reject = reject;
      worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        if (message.type === 'progress') onProgress(message);
        else {
          this.#finish();
          if (message.type === 'built') resolve(message.build);
          else reject(new Error(message.message));
        }
      };
      worker.onerror = (event) => {
        this.#finish();
        reject(new Error(event.message || 'the build worker stopped'));
      };
      // Copied, not transferred: the page keeps the bytes to save them.
      worker.postMessage(request);
    });
  }

  /** Stops a running build (its promise rejects with "stopped"). */
  stop(): void {
    const reject = this.#reject;
    this.#finish();
    reject?.(new Error('stopped'));
  }

  #finish(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#reject = null;
  }
}
