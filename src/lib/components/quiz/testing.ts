/** Helpers for this folder's browser specs (not used by the app). */
import { flushSync, mount, unmount, type Component } from 'svelte';
import { afterEach } from 'vitest';
import type { Item } from '$lib/pipeline/schema';
import type { Response } from '$lib/quiz/grade';
import { sampleItems } from '../../../../tests/fixtures/sample-quiz';

const mounted: Record<string, unknown>[] = [];

afterEach(() => {
	for (const component of mounted.splice(0)) void unmount(component);
	document.body.replaceChildren();
});

/** Mounts a component into the page, as a route would; it is removed after the test. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the constraint svelte's mount has
export function show<Props extends Record<string, any>>(component: Component<Props>, props: Props) {
	const target = document.body.appendChild(document.createElement('main'));
	const instance = mount(component, { target, props });
	flushSync();
	mounted.push(instance);
	return instance;
}

/** A question of the sample set, by id. */
export function sample(id: string): Item {
	const item = sampleItems.find((i) => i.id === id);
	if (!item) throw new Error(`no sample item ${id}`);
	return item;
}

/** Props for an answer format, with the answers it hands back collected in `answers`. */
export function formatProps(item: Item, given?: { response: Response; correct: boolean }) {
	const answers: Response[] = [];
	return {
		answers,
		props: {
			item,
			attemptId: 'attempt-1',
			given: given?.response,
			correct: given?.correct,
			onanswer: (response: Response) => void answers.push(response)
		}
	};
}
