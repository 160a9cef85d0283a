/**
 * How a quiz made on this device is stored (schema version 3): one row per quiz in `customSets`
 * (everything but the questions, plus their order and the last change for undo) and one row per
 * question in `customItems`, so an edit writes one question, not the whole set. Up to version 2
 * a made quiz was one settings row "set:<id>"; `moveSetsOutOfSettings` upgrades those.
 * Nothing here opens the database: the schema upgrade and backups use these too.
 */
import * as v from 'valibot';
import type { Transaction } from 'dexie';
import { ItemSchema, QuestionSetSchema, type Item, type QuestionSet } from '$lib/pipeline/schema';
import type { Setting } from './records';

const Str = (max = 300) => v.pipe(v.string(), v.maxLength(max));
const Ms = v.pipe(v.number(), v.finite(), v.minValue(0));
const ItemIds = v.pipe(v.array(Str(100)), v.maxLength(500));

/** The state before the last change: enough to put it back (an item of null did not exist). */
export const UndoStepSchema = v.object({
	label: Str(300),
	itemIds: ItemIds,
	items: v.pipe(v.array(v.object({ id: Str(100), item: v.nullable(ItemSchema) })), v.maxLength(500))
});
export type UndoStep = v.InferOutput<typeof UndoStepSchema>;

export const CustomSetRowSchema = v.object({
	...v.omit(QuestionSetSchema, ['items']).entries,
	/** The questions, in the order the quiz asks them. */
	itemIds: ItemIds,
	createdAt: Ms,
	/** Last change; a backup merge keeps the quiz changed last. */
	updatedAt: Ms,
	/** The set this one was copied from (a built-in set or another made quiz). */
	copiedFrom: v.optional(Str(100)),
	/** Deleted but kept until the next delete, so the teacher can undo it. */
	deletedAt: v.optional(Ms),
	undo: v.optional(UndoStepSchema)
});
export type CustomSetRow = v.InferOutput<typeof CustomSetRowSchema>;

export const CustomItemRowSchema = v.object({
	/** setId + '/' + item id */
	key: Str(200),
	setId: Str(100),
	item: ItemSchema
});
export type CustomItemRow = v.InferOutput<typeof CustomItemRowSchema>;

export const itemKey = (setId: string, itemId: string) => `${setId}/${itemId}`;

export function rowsFromSet(
	set: QuestionSet,
	createdAt: number,
	extra: Partial<CustomSetRow> = {}
): { row: CustomSetRow; items: CustomItemRow[] } {
	const { items, ...about } = set;
	return {
		row: {
			...about,
			itemIds: items.map((item) => item.id),
			createdAt,
			updatedAt: createdAt,
			...extra
		},
		items: items.map((item) => ({ key: itemKey(set.id, item.id), setId: set.id, item }))
	};
}

/** The set as the player and share links know it: questions in order, stray rows ignored. */
export function setFromRows(row: CustomSetRow, rows: CustomItemRow[]): QuestionSet {
	const byId = new Map(rows.map((r) => [r.item.id, r.item]));
	const items = row.itemIds.map((id) => byId.get(id)).filter((item): item is Item => !!item);
	return {
		id: row.id,
		title: row.title,
		date: row.date,
		summary: row.summary,
		tags: row.tags,
		sources: row.sources,
		items
	};
}

export const LEGACY_PREFIX = 'set:';

/** A version-2 settings row of a made quiz as new rows, or null when it no longer fits. */
export function fromLegacySetting(setting: Setting) {
	if (!setting.key.startsWith(LEGACY_PREFIX)) return null;
	const value = (setting.value ?? {}) as { set?: unknown; createdAt?: unknown };
	const parsed = v.safeParse(QuestionSetSchema, value.set);
	if (!parsed.success) return null;
	return rowsFromSet(parsed.output, Number(value.createdAt) || setting.updatedAt || 0);
}

/**
 * Schema upgrade to version 3: made quizzes leave the settings table for their own tables. A
 * row that no longer fits the schema stays in settings untouched, so nothing stored is lost.
 */
export async function moveSetsOutOfSettings(tx: Transaction): Promise<void> {
	const settings = tx.table<Setting, string>('settings');
	const legacy = await settings.where('key').startsWith(LEGACY_PREFIX).toArray();
	for (const setting of legacy) {
		const moved = fromLegacySetting(setting);
		if (!moved) continue;
		await tx.table('customSets').put(moved.row);
		await tx.table('customItems').bulkPut(moved.items);
		await settings.delete(setting.key);
	}
}
