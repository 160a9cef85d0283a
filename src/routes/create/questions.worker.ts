/**
 * Runs the article pipeline off the main thread: extraction of a long text takes seconds and
 * compromise is large, so the page only ever loads this file as a Worker. Each step is posted as
 * it starts (PasteProgress), then the one response.
 */
import { handleRequest } from '$lib/pipeline/paste/handle';
import type { PasteRequest } from '$lib/pipeline/paste/protocol';

self.onmessage = (event: MessageEvent<PasteRequest>) => {
	self.postMessage(handleRequest(event.data, (progress) => self.postMessage(progress)));
};
