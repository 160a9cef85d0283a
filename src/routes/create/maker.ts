/**
 * The page's side of the question worker: one request at a time, answered by a promise that
 * always resolves (a crashed or stopped worker becomes a message, never an exception). One
 * worker serves every request and is started when the page opens: fetching and compiling its
 * code and starting compromise took about a third of a second on each click when every request
 * had a worker of its own.
 */
import type { PasteProgress, PasteRequest, PasteResponse } from '$lib/pipeline/paste/protocol';
import QuestionsWorker from './questions.worker?worker';

const WARM_UP = 'The council met on Monday, and its chair said the vote would be held soon.';

type Pending = {
	id: number;
	resolve: (response: PasteResponse) => void;
	onProgress: (progress: PasteProgress) => void;
};

export class QuestionMaker {
	private worker: Worker | null = null;
	private pending: Pending | null = null;
	private nextId = 1;

	/** Starts the worker and has it read a sentence, so the first request finds it ready. */
	warm() {
		// Id 0 is never waited for: the answer is dropped.
		this.start().postMessage({
			id: 0,
			text: WARM_UP,
			published: '2000-01-01'
		} satisfies PasteRequest);
	}

	make(
		request: Omit<PasteRequest, 'id'>,
		onProgress: (progress: PasteProgress) => void = () => {}
	): Promise<PasteResponse> {
		// A request still running is stopped with its worker; an idle worker is kept.
		if (this.pending) this.stop();
		const id = this.nextId++;
		return new Promise((resolve) => {
			this.pending = { id, resolve, onProgress };
			this.start().postMessage({ ...request, id } satisfies PasteRequest);
		});
	}

	/** Ends the work in progress: a long article can keep the worker busy for a minute. */
	stop(message = 'Stopped. Nothing was saved.') {
		this.settle({ id: this.pending?.id ?? 0, ok: false, message });
		this.worker?.terminate();
		this.worker = null;
	}

	private start(): Worker {
		if (this.worker) return this.worker;
		const worker = new QuestionsWorker();
		worker.onmessage = (event: MessageEvent<PasteResponse | PasteProgress>) => {
			const data = event.data;
			if (data.id !== this.pending?.id) return;
			if ('stage' in data) this.pending.onProgress(data);
			else this.settle(data);
		};
		// Only a failure to load the worker's code (or a bug outside handleRequest) lands here.
		worker.onerror = (event) => {
			event.preventDefault();
			this.stop(`The question maker stopped: ${event.message || 'its code could not be loaded'}.`);
		};
		worker.onmessageerror = () => this.stop('The question maker sent back an unreadable answer.');
		this.worker = worker;
		return worker;
	}

	private settle(response: PasteResponse) {
		const pending = this.pending;
		this.pending = null;
		pending?.resolve(response);
	}
}
