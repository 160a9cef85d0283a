import type { Item } from '$lib/pipeline/schema';
import type { Response } from '$lib/quiz/grade';

/** What every answer format is given. Each is created afresh for each question (see Question). */
export interface FormatProps {
	item: Item;
	/** Seeds the order of options, so a resumed attempt shows them as before. */
	attemptId: string;
	/** The answer already given; the controls are then locked and show it. */
	given?: Response;
	/** Whether `given` was right: only passed when feedback is shown. */
	correct?: boolean;
	onanswer: (response: Response) => void;
}
