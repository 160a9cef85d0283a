/**
 * "Install Factdeck": Chromium hands the page a `beforeinstallprompt` event that can show the
 * browser's install dialog later, from a button; iOS has no such event, so iPhone users get a hint
 * (Share, then Add to Home Screen) once they have studied. Both can be dismissed for good.
 */
interface InstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const DISMISSED = 'factdeck.install.dismissed';
const STUDIED = 'factdeck.studied';

function stored(key: string): boolean {
	try {
		return localStorage.getItem(key) === '1';
	} catch {
		return false;
	}
}

function store(key: string): void {
	try {
		localStorage.setItem(key, '1');
	} catch {
		// Storage blocked: the hint simply comes back next time.
	}
}

class Install {
	#event = $state.raw<InstallPromptEvent | null>(null);
	#dismissed = $state(false);
	#studied = $state(false);
	#standalone = $state(false);
	#ios = $state(false);

	/** The browser can install the app from our button. */
	get canPrompt(): boolean {
		return !!this.#event && !this.#dismissed && !this.#standalone;
	}

	/** An iPhone or iPad in Safari, after a first session: show how to add to the home screen. */
	get showIosHint(): boolean {
		return this.#ios && this.#studied && !this.#dismissed && !this.#standalone;
	}

	start() {
		this.#dismissed = stored(DISMISSED);
		this.#studied = stored(STUDIED);
		this.#standalone =
			matchMedia('(display-mode: standalone)').matches ||
			(navigator as Navigator & { standalone?: boolean }).standalone === true;
		this.#ios = /iPhone|iPad|iPod/.test(navigator.userAgent);
		addEventListener('beforeinstallprompt', (event) => {
			// Keep the browser's own mini-infobar away; our button offers the same at a calm moment.
			event.preventDefault();
			this.#event = event as InstallPromptEvent;
		});
		addEventListener('appinstalled', () => {
			this.#event = null;
			this.#standalone = true;
		});
	}

	async prompt(): Promise<void> {
		const event = this.#event;
		if (!event) return;
		// The event can be used once.
		this.#event = null;
		await event.prompt();
		const { outcome } = await event.userChoice;
		if (outcome === 'dismissed') this.dismiss();
	}

	dismiss() {
		this.#dismissed = true;
		store(DISMISSED);
	}

	/** Called when a quiz ends: the iOS hint waits until the app has proved useful. */
	studied() {
		this.#studied = true;
		store(STUDIED);
	}
}

export const install = new Install();
