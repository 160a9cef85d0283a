/**
 * Question sets made on this device from a pasted article (the create page). Kept as settings
 * rows ("set:<id>"), which backups already carry, and checked against the schema when read back
 * because settings hold unknown values.
 */
import * as v from 'valibot';
import { QuestionSetSchema, type QuestionSet } from '$lib/pipeline/schema';
import { withDb } from './db';

const PREFIX = 'set:';

interface CustomSetRecord {
	set: QuestionSet;
	createdAt: number;
}

/** Saves (or replaces: the id comes from the text) a set made on this device. */
export async function saveCustomSet(set: QuestionSet, now = Date.now()): Promise<void> {
	const value: CustomSetRecord = { set, createdAt: now };
	await withDb((db) => db.settings.put({ key: PREFIX + set.id, value, updatedAt: now }));
}

function parse(value: unknown): (CustomSetRecord & { set: QuestionSet }) | null {
	const record = value as Partial<CustomSetRecord> | null;
	const parsed = v.safeParse(QuestionSetSchema, record?.set);
	return parsed.success ? { set: parsed.output, createdAt: Number(record?.createdAt) || 0 } : null;
}

/** The set with this id, or undefined when there is none (or it no longer fits the schema). */
export async function customSet(id: string): Promise<QuestionSet | undefined> {
	const row = await withDb((db) => db.settings.get(PREFIX + id));
	return row ? parse(row.value)?.set : undefined;
}

/** Every set made on this device, newest first. */
export async function customSets(): Promise<QuestionSet[]> {
	const rows = await withDb((db) => db.settings.where('key').startsWith(PREFIX).toArray());
	return rows
		.map((row) => parse(row.value))
		.filter((r) => r !== null)
		.sort((a, b) => b.createdAt - a.createdAt)
		.map((r) => r.set);
}
