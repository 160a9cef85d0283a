/**
 * One quiz attempt from start to results, for every way a quiz is played: practice and test of
 * a set, review of due cards, and a quiz shared by a teacher. Pages say how to find an attempt to
 * pick up and how to start a new one (a QuizPlan); the session does the rest, the same way for
 * all of them, and the components are markup over it.
 *
 *   const session = new QuizSession(plan);
 *   await session.load(); // finds an unfinished attempt: session.earlier
 *   await session.begin(); // picks it up, or starts a new one
 *   await session.answer(response); // …skip(), next(), finish()
 *
 * Every answer is stored before the session moves on, so a reload or a closed tab resumes where
 * the learner was.
 */
import {
	answersFor,
	finishAttempt,
	getAttempt,
	recordAnswer,
	skipQuestion,
	type Answer,
	type Attempt
} from '$lib/db';
import { requestPersistence } from '$lib/pwa/storage';
import { install } from '$lib/pwa/install.svelte';
import { expectedAnswer, gradeAnswer, type Response } from './grade';
import { playable } from './playable';
import { summarise } from './summary';
import type { Question } from './types';

export interface QuizPlan {
	/** Every question the attempt may list, keyed as in attempt.itemIds. */
	questions: Question[];
	/** Show right or wrong after each answer (practice, review); otherwise only at the end (test). */
	reveal: boolean;
	/** The attempt to pick up (an unfinished one, or one made for this visit), if any. */
	find: () => Promise<Attempt | undefined>;
	/** A new attempt, or null when there is nothing to ask. `previous` is the one given up. */
	start: (previous?: Attempt) => Promise<Attempt | null>;
}

/**
 * loading → waiting (load() is done: the page may offer to resume) → playing → finished;
 * empty when there was nothing to ask, failed when the database could not be read.
 */
export type Phase = 'loading' | 'waiting' | 'playing' | 'finished' | 'empty' | 'failed';

/** The answer just given, shown with feedback until the learner goes on (practice only). */
export interface Shown {
	key: string;
	response: Response;
	correct: boolean;
}

export class QuizSession {
	// Set once by the constructor (initialised here so the derived values below may read them).
	readonly questions: Question[] = [];
	readonly reveal: boolean = true;
	#plan: QuizPlan;
	#byKey: ReadonlyMap<string, Question> = byKey([]);
	#known: ReadonlySet<string> = keysOf(this.#byKey);

	#stage = $state<'loading' | 'waiting' | 'empty'>('loading');
	/** Why the quiz could not be loaded or started. */
	problem = $state('');
	/** An unfinished attempt load() found, and how many of its questions have answers. */
	earlier = $state.raw<{ attempt: Attempt; answered: number } | null>(null);
	attempt = $state.raw<Attempt | null>(null);
	/** This attempt's answers, in the order given. */
	answers = $state.raw<Answer[]>([]);
	shown = $state.raw<Shown | null>(null);
	/** An answer is being stored: the controls wait. */
	saving = $state(false);
	/** Why the last answer (or the finish) could not be stored. */
	saveError = $state('');
	/** What a screen reader should hear about the last step (for an aria-live region). */
	announcement = $state('');
	now = $state(Date.now());

	#shownAt = Date.now();
	#timer: ReturnType<typeof setInterval> | undefined;
	#finishing = false;

	constructor(plan: QuizPlan) {
		this.#plan = plan;
		this.questions = plan.questions;
		this.reveal = plan.reveal;
		this.#byKey = byKey(plan.questions);
		this.#known = keysOf(this.#byKey);
	}

	readonly phase: Phase = $derived(
		this.problem
			? 'failed'
			: this.attempt
				? this.attempt.status === 'finished'
					? 'finished'
					: 'playing'
				: this.#stage
	);

	/** The attempt load() found, if the learner got into it: worth asking before picking it up. */
	readonly resumable = $derived(
		this.phase === 'waiting' && this.earlier && this.earlier.attempt.position > 0
			? this.earlier
			: null
	);

	/** Questions a release removed are skipped (see playable), so an old attempt never dead-ends. */
	readonly left = $derived(
		playable(this.attempt?.itemIds ?? [], this.attempt?.position ?? 0, this.#known)
	);
	readonly current: Question | undefined = $derived.by(() => {
		const key = this.shown?.key ?? this.left.next;
		return key === undefined ? undefined : this.#byKey.get(key);
	});
	/** The current question's place in the attempt, from 1. */
	readonly number = $derived(this.left.keys.indexOf(this.current?.key ?? '') + 1);
	readonly total = $derived(this.left.keys.length);
	readonly deadline = $derived(
		this.attempt?.timeLimitSec ? this.attempt.startedAt + this.attempt.timeLimitSec * 1000 : null
	);
	/** Milliseconds left on a timed attempt, or null when it has no time limit. */
	readonly remaining = $derived(
		this.deadline === null ? null : Math.max(0, this.deadline - this.now)
	);
	readonly score = $derived(this.answers.filter((a) => a.correct).length);
	/** Right answers in a row, up to the last one given. */
	readonly streak = $derived.by(() => {
		let run = 0;
		for (const a of this.answers) run = a.correct ? run + 1 : 0;
		return run;
	});
	/** The score counts only the questions answered: ending early is not punished. */
	readonly summary = $derived(
		this.attempt ? summarise(this.attempt, this.questions, this.answers) : null
	);

	/** Finds the attempt to pick up; the page may then offer it (see earlier) or begin(). */
	async load(): Promise<void> {
		await this.#guard(async () => {
			const found = await this.#plan.find();
			if (found) this.earlier = { attempt: found, answered: (await answersFor(found.id)).length };
			this.#stage = 'waiting';
		});
	}

	/** Picks up the attempt load() found, or starts a new one. */
	async begin(): Promise<void> {
		await this.#guard(async () => {
			const attempt = this.earlier?.attempt ?? (await this.#plan.start());
			this.earlier = null;
			await this.#open(attempt);
		});
	}

	/** Gives up the attempt load() found (it is finished as it stands) and starts a new one. */
	async startOver(): Promise<void> {
		await this.#guard(async () => {
			const old = this.earlier?.attempt;
			this.earlier = null;
			if (old) await finishAttempt(old.id);
			await this.#open(await this.#plan.start(old));
		});
	}

	async #guard(step: () => Promise<void>): Promise<void> {
		try {
			await step();
		} catch (error) {
			this.problem = error instanceof Error ? error.message : String(error);
		}
	}

	async #open(initial: Attempt | null): Promise<void> {
		if (!initial) return void (this.#stage = 'empty');
		// The stored copy: another tab, or the answer saved just before a reload, may have moved it.
		const attempt = (await getAttempt(initial.id)) ?? initial;
		this.answers = await answersFor(attempt.id);
		this.now = Date.now();
		this.#shownAt = this.now;
		this.attempt = attempt;
		if (attempt.status !== 'active') return;
		if (this.left.next === undefined || this.remaining === 0) return this.finish();
		if (this.deadline !== null) this.#timer = setInterval(() => this.#tick(), 1000);
	}

	#tick() {
		this.now = Date.now();
		if (this.remaining === 0) void this.finish();
	}

	/** Grades and stores an answer to the current question; then feedback, or the next question. */
	async answer(response: Response): Promise<void> {
		const { current, attempt } = this;
		if (!current || !attempt || this.saving || this.shown || this.phase !== 'playing') return;
		const { correct } = gradeAnswer(current.item, response);
		await this.#store(async () => {
			const saved = await recordAnswer({
				attemptId: attempt.id,
				setId: current.setId,
				itemId: current.item.id,
				response,
				correct,
				durationMs: Date.now() - this.#shownAt
			});
			// recordAnswer hands back the first answer when a question is answered twice.
			if (!this.answers.some((a) => a.id === saved.id)) this.answers = [...this.answers, saved];
			void requestPersistence();
			this.attempt = (await getAttempt(attempt.id)) ?? attempt;
			if (this.reveal) {
				this.shown = { key: current.key, response, correct };
				this.announcement = correct
					? 'Correct.'
					: `Not quite. The answer is ${expectedAnswer(current.item)}.`;
			} else {
				this.announcement = 'Answer saved.';
				await this.next();
			}
		});
	}

	/** Leaves the current question unanswered: it counts as not reached, and can be asked later. */
	async skip(): Promise<void> {
		const { current, attempt } = this;
		if (!current || !attempt || this.saving || this.shown || this.phase !== 'playing') return;
		await this.#store(async () => {
			this.attempt = await skipQuestion(attempt.id, current.key);
			this.announcement = 'Skipped.';
			await this.next();
		});
	}

	async #store(step: () => Promise<void>): Promise<void> {
		this.saving = true;
		this.saveError = '';
		// Emptied first so that a second "Correct." in a row is announced again.
		this.announcement = '';
		try {
			await step();
		} catch (error) {
			this.saveError = error instanceof Error ? error.message : String(error);
		} finally {
			this.saving = false;
		}
	}

	/** After feedback: the next question, or the results when none is left. */
	async next(): Promise<void> {
		this.shown = null;
		if (this.left.next === undefined) return this.finish();
		this.#shownAt = Date.now();
	}

	/** Ends the attempt now; questions not answered count as not reached, not as wrong. */
	async finish(): Promise<void> {
		const attempt = this.attempt;
		if (this.#finishing || !attempt) return;
		this.#finishing = true;
		this.shown = null;
		try {
			this.attempt = await finishAttempt(attempt.id);
			this.answers = await answersFor(attempt.id);
		} catch (error) {
			this.saveError = error instanceof Error ? error.message : String(error);
			this.#finishing = false;
			return;
		}
		this.close();
		install.studied();
		this.announcement = 'Quiz finished.';
	}

	/** Stops the clock; call when the page showing the session goes away. */
	close(): void {
		clearInterval(this.#timer);
		this.#timer = undefined;
	}
}

function byKey(questions: Question[]): ReadonlyMap<string, Question> {
	return new Map(questions.map((q) => [q.key, q]));
}

function keysOf(map: ReadonlyMap<string, unknown>): ReadonlySet<string> {
	return new Set(map.keys());
}
