/** The database API used by pages. Everything here opens IndexedDB lazily, on first call. */
export { setDbName, getDb, storageStatus, type StorageStatus } from './db';
export type {
	Answer,
	Attempt,
	CardRecord,
	Mode,
	ReceivedQuiz,
	ReceivedResult,
	RosterEntry,
	Setting
} from './records';
export {
	startAttempt,
	findResumableAttempt,
	getAttempt,
	answersFor,
	attemptsFor,
	recordAnswer,
	finishAttempt,
	skipQuestion,
	refreshReview,
	missedItems,
	type StartAttemptInput,
	type RecordAnswerInput
} from './attempts';
export {
	ratingFor,
	isMastered,
	cardKey,
	Rating,
	RATING_THRESHOLDS,
	MASTERED_STABILITY_DAYS
} from './schedule';
export { cardFor, cardsForSet } from './cards';
export {
	catalogueOf,
	dueNowLabel,
	type Catalogue,
	type CatalogueEntry,
	type DueCounts
} from './due';
export {
	setProgress,
	allSetProgress,
	dueNow,
	dueCounts,
	accuracyByDay,
	streak,
	reviewForecast,
	dayKey,
	type SetProgress,
	type DayAccuracy,
	type ForecastDay
} from './stats';
export { exportBackup, parseBackup, importBackup, resetProgress, type Backup } from './backup';
export { getSetting, setSetting } from './settings';
export {
	addRosterEntry,
	addRosterEntries,
	rosterFor,
	removeRosterEntry,
	type RosterOutcome
} from './roster';
export { saveSharedQuiz, sharedQuizzes, type SharedQuizRecord } from './quizzes';
export { keepReceivedQuiz, keepReceivedResult, receivedQuiz } from './received';
export {
	saveCustomSet,
	customSet,
	customSets,
	madeQuiz,
	copyIntoCustomSet,
	updateItem,
	addItem,
	deleteItem,
	moveItem,
	undoLastChange,
	deleteCustomSet,
	deletedCustomSet,
	restoreCustomSet,
	type MadeQuiz
} from './customSets';
