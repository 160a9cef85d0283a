/**
 * Quizzes made on this device (pasted on the create page, copied from a built-in set, or
 * duplicated) and the question editor's changes to them. Every change is written at once, in
 * one transaction, together with what it replaced, so the last change can be undone even after
 * a reload. Rows are checked against their schema when read: a row that does not fit is skipped.
 */
import * as v from 'valibot';
import type { Item, QuestionSet } from '$lib/pipeline/schema';
import { checkItem } from '$lib/teach/checkItem';
import { withDb, type FactdeckDb } from './db';
import {
	CustomItemRowSchema,
	CustomSetRowSchema,
	itemKey,
	rowsFromSet,
	setFromRows,
	type CustomItemRow,
	type CustomSetRow
} from './customRecords';

/** A made quiz as its page shows it. */
export interface MadeQuiz {
	set: QuestionSet;
	createdAt: number;
	updatedAt: number;
	copiedFrom?: string;
	/** What "Undo" would undo, e.g. "Deleted question 3"; absent when there is nothing to undo. */
	undoLabel?: string;
}

const validRow = (row: unknown) => {
	const parsed = v.safeParse(CustomSetRowSchema, row);
	return parsed.success && parsed.output.deletedAt === undefined ? parsed.output : undefined;
};
const validItems = (rows: unknown[]) =>
	rows.flatMap((row) => {
		const parsed = v.safeParse(CustomItemRowSchema, row);
		return parsed.success ? [parsed.output] : [];
	});

async function readQuiz(db: FactdeckDb, id: string): Promise<MadeQuiz | undefined> {
	const row = validRow(await db.customSets.get(id));
	if (!row) return undefined;
	const items = validItems(await db.customItems.where('setId').equals(id).toArray());
	const { createdAt, updatedAt, copiedFrom, undo } = row;
	return { set: setFromRows(row, items), createdAt, updatedAt, copiedFrom, undoLabel: undo?.label };
}

/** A made quiz with its dates and undo label, or undefined (none, deleted, or damaged). */
export async function madeQuiz(id: string): Promise<MadeQuiz | undefined> {
	return withDb((db) => db.transaction('r', db.customSets, db.customItems, () => readQuiz(db, id)));
}

/** The set with this id, or undefined when there is none (or it no longer fits the schema). */
export async function customSet(id: string): Promise<QuestionSet | undefined> {
	return (await madeQuiz(id))?.set;
}

/** Every set made on this device, newest first. */
export async function customSets(): Promise<QuestionSet[]> {
	return withDb((db) =>
		db.transaction('r', db.customSets, db.customItems, async () => {
			const rows = (await db.customSets.orderBy('createdAt').reverse().toArray())
				.map(validRow)
				.filter((row) => row !== undefined);
			const items = validItems(await db.customItems.toArray());
			return rows.map((row) =>
				setFromRows(
					row,
					items.filter((i) => i.setId === row.id)
				)
			);
		})
	);
}

async function writeNew(db: FactdeckDb, rows: ReturnType<typeof rowsFromSet>) {
	await db.customItems.where('setId').equals(rows.row.id).delete();
	await db.customSets.put(rows.row);
	await db.customItems.bulkPut(rows.items);
}

/**
 * Saves a set made from a pasted article. Pasting the same article again gives the same id: an
 * unedited quiz is replaced, but one the teacher has edited is kept and the new one saved beside
 * it under a new id. Returns the id the set was saved under.
 */
export async function saveCustomSet(set: QuestionSet, now = Date.now()): Promise<string> {
	return withDb((db) =>
		db.transaction('rw', db.customSets, db.customItems, async () => {
			const old = await db.customSets.get(set.id);
			const edited = old && old.deletedAt === undefined && old.updatedAt > old.createdAt;
			const saved = edited ? { ...set, id: await freeId(db, set.id) } : set;
			await writeNew(db, rowsFromSet(saved, now));
			return saved.id;
		})
	);
}

const randomPart = () => Math.random().toString(36).slice(2, 8).padEnd(6, '0');

/** `base-xxxxxx`, unused by any made quiz; ids stay within the 80 characters links allow. */
async function freeId(db: FactdeckDb, base: string): Promise<string> {
	for (;;) {
		const id = `${base.slice(0, 70)}-${randomPart()}`;
		if (!(await db.customSets.get(id))) return id;
	}
}

/**
 * A new editable quiz with the questions of `set`: a built-in set copied to be edited, or a made
 * quiz duplicated. Returns the new quiz's id.
 */
export async function copyIntoCustomSet(
	set: QuestionSet,
	title = `${set.title} (copy)`,
	now = Date.now()
): Promise<string> {
	return withDb((db) =>
		db.transaction('rw', db.customSets, db.customItems, async () => {
			const id = await freeId(db, 'mine');
			const copy = { ...set, id, title: title.slice(0, 300) };
			await writeNew(db, rowsFromSet(copy, now, { copiedFrom: set.id }));
			return id;
		})
	);
}

/**
 * One change to a quiz's questions. `touched` are the ids of the questions it writes: their
 * state before, with the order, becomes the undo step, stored with the change itself.
 */
async function change(
	setId: string,
	touched: string[],
	now: number,
	apply: (row: CustomSetRow, db: FactdeckDb) => Promise<string>
): Promise<void> {
	await withDb((db) =>
		db.transaction('rw', db.customSets, db.customItems, async () => {
			const row = validRow(await db.customSets.get(setId));
			if (!row) throw new Error('This quiz is no longer on this device.');
			const before = await db.customItems.bulkGet(touched.map((id) => itemKey(setId, id)));
			const next = { ...row, itemIds: [...row.itemIds] };
			const label = await apply(next, db);
			const items = touched.map((id, i) => ({ id, item: before[i]?.item ?? null }));
			const undo = { label, itemIds: row.itemIds, items };
			await db.customSets.put({ ...next, updatedAt: now, undo });
		})
	);
}

function assertSound(item: Item) {
	const problems = checkItem(item);
	if (problems.length) throw new Error(problems.join(' '));
}

const position = (row: CustomSetRow, itemId: string) => {
	const at = row.itemIds.indexOf(itemId);
	if (at < 0) throw new Error('This question is no longer in the quiz.');
	return at;
};

/** Replaces a question (same id) with the teacher's edit. Throws the checker's messages. */
export async function updateItem(setId: string, item: Item, now = Date.now()): Promise<void> {
	assertSound(item);
	await change(setId, [item.id], now, async (row, db) => {
		const at = position(row, item.id);
		await db.customItems.put({ key: itemKey(setId, item.id), setId, item });
		return `Edited question ${at + 1}`;
	});
}

/** Adds a question at the end and returns its id (a new one: `item.id` is ignored). */
export async function addItem(setId: string, item: Item, now = Date.now()): Promise<string> {
	const id = `added-${now.toString(36)}-${randomPart()}`;
	const added = { ...item, id };
	assertSound(added);
	await change(setId, [id], now, async (row, db) => {
		row.itemIds.push(id);
		await db.customItems.put({ key: itemKey(setId, id), setId, item: added });
		return `Added question ${row.itemIds.length}`;
	});
	return id;
}

export async function deleteItem(setId: string, itemId: string, now = Date.now()): Promise<void> {
	await change(setId, [itemId], now, async (row, db) => {
		const at = position(row, itemId);
		row.itemIds.splice(at, 1);
		await db.customItems.delete(itemKey(setId, itemId));
		return `Deleted question ${at + 1}`;
	});
}

/** Moves a question to index `to` (clamped to the list). */
export async function moveItem(
	setId: string,
	itemId: string,
	to: number,
	now = Date.now()
): Promise<void> {
	await change(setId, [], now, async (row) => {
		const from = position(row, itemId);
		row.itemIds.splice(from, 1);
		const at = Math.max(0, Math.min(to, row.itemIds.length));
		row.itemIds.splice(at, 0, itemId);
		return `Moved question ${from + 1} to ${at + 1}`;
	});
}

/** Puts back the questions and order from before the last change. One step: undo is then spent. */
export async function undoLastChange(setId: string, now = Date.now()): Promise<string | undefined> {
	return withDb((db) =>
		db.transaction('rw', db.customSets, db.customItems, async () => {
			const row = validRow(await db.customSets.get(setId));
			if (!row?.undo) return undefined;
			const { undo, ...rest } = row;
			for (const { id, item } of undo.items) {
				if (item) await db.customItems.put({ key: itemKey(setId, id), setId, item });
				else await db.customItems.delete(itemKey(setId, id));
			}
			await db.customSets.put({ ...rest, itemIds: undo.itemIds, updatedAt: now });
			return undo.label;
		})
	);
}

/**
 * Deletes a quiz, keeping it until the next delete so "Undo" can bring it back. A quiz deleted
 * earlier is then removed for good.
 */
export async function deleteCustomSet(id: string, now = Date.now()): Promise<void> {
	await withDb((db) =>
		db.transaction('rw', db.customSets, db.customItems, async () => {
			const gone = await db.customSets.filter((row) => row.deletedAt !== undefined).toArray();
			for (const row of gone) {
				await db.customItems.where('setId').equals(row.id).delete();
				await db.customSets.delete(row.id);
			}
			await db.customSets.update(id, { deletedAt: now, updatedAt: now });
		})
	);
}

/** The quiz deleted last, which "Undo" would bring back. */
export async function deletedCustomSet(): Promise<{ id: string; title: string } | undefined> {
	const rows = await withDb((db) =>
		db.customSets.filter((r) => r.deletedAt !== undefined).toArray()
	);
	const last = rows.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0))[0];
	return last && { id: last.id, title: last.title };
}

export async function restoreCustomSet(id: string, now = Date.now()): Promise<void> {
	await withDb((db) =>
		db.customSets
			.where('id')
			.equals(id)
			.modify((row: CustomSetRow) => {
				delete row.deletedAt;
				row.updatedAt = now;
			})
	);
}

export type { CustomItemRow, CustomSetRow };
