/**
 * The quiz page's state: the made quiz as stored, and each editing action as a store call
 * followed by a fresh read, so what the page shows is always what IndexedDB holds. `status`
 * is read out by a live region after every change.
 */
import {
	addItem,
	deleteItem,
	madeQuiz,
	moveItem,
	undoLastChange,
	updateItem,
	type MadeQuiz
} from '$lib/db';
import type { Item } from '$lib/pipeline/schema';

export class QuizEditor {
	quiz = $state.raw<MadeQuiz | null>(null);
	/** Why the quiz cannot be shown at all. */
	problem = $state('');
	/** Why the last action failed; the quiz as stored is unchanged. */
	actionProblem = $state('');
	status = $state('');

	constructor(readonly id: string) {}

	async load(): Promise<void> {
		try {
			this.quiz = (await madeQuiz(this.id)) ?? null;
			if (!this.quiz) this.problem = 'There is no quiz with this address on this device.';
		} catch (error) {
			this.problem = message(error);
		}
	}

	private position(itemId: string): number {
		return (this.quiz?.set.items.findIndex((item) => item.id === itemId) ?? -1) + 1;
	}

	/** Runs one change; true when it was stored. */
	private async run(change: () => Promise<unknown>, done: () => string): Promise<boolean> {
		this.actionProblem = '';
		try {
			await change();
		} catch (error) {
			this.actionProblem = message(error);
			return false;
		} finally {
			await this.load();
		}
		this.status = done();
		return true;
	}

	/** Throws the store's message, for the form to show beside its fields. */
	async save(item: Item): Promise<void> {
		await updateItem(this.id, item);
		await this.load();
		this.status = `Question ${this.position(item.id)} saved.`;
	}

	/** Returns the new question's id. */
	async add(item: Item): Promise<string> {
		const id = await addItem(this.id, item);
		await this.load();
		this.status = `Question ${this.position(id)} added.`;
		return id;
	}

	remove(itemId: string): Promise<boolean> {
		const n = this.position(itemId);
		return this.run(
			() => deleteItem(this.id, itemId),
			() => `Question ${n} deleted. Undo brings it back.`
		);
	}

	move(itemId: string, by: -1 | 1): Promise<boolean> {
		const to = this.position(itemId) - 1 + by;
		return this.run(
			() => moveItem(this.id, itemId, to),
			() => `Question moved to position ${this.position(itemId)} of ${this.count}.`
		);
	}

	undo(): Promise<boolean> {
		let label: string | undefined;
		return this.run(
			async () => (label = await undoLastChange(this.id)),
			() => (label ? `Undone: ${label.toLowerCase()}.` : 'Nothing to undo.')
		);
	}

	get count(): number {
		return this.quiz?.set.items.length ?? 0;
	}
}

function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
