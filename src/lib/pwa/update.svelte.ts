import type { Workbox } from 'workbox-window';

/**
 * The service worker's life cycle as the UI sees it. A new version waits until the user says
 * "Reload"; only the tab that said so reloads, so a quiz open in another tab is never cut off.
 */
class AppUpdate {
	#workbox: Workbox | null = null;
	#started = false;
	#accepted = false;
	/** A new version is installed and waiting for the user's go-ahead. */
	waiting = $state(false);
	/** The service worker controls this page: everything it needs is cached. */
	offlineReady = $state(false);

	async start() {
		if (this.#started || !('serviceWorker' in navigator)) return;
		this.#started = true;
		// Loaded after the page is up: registering the worker can wait, the first paint cannot.
		const { Workbox } = await import('workbox-window');
		const workbox = new Workbox('/sw.js', { scope: '/' });
		this.#workbox = workbox;
		workbox.addEventListener('waiting', () => (this.waiting = true));
		workbox.addEventListener('controlling', () => {
			if (this.#accepted) window.location.reload();
		});
		workbox.addEventListener('activated', () => (this.offlineReady = true));
		if (navigator.serviceWorker.controller) this.offlineReady = true;
		workbox
			.register()
			.catch((error: unknown) => console.warn('Service worker not registered', error));
		// Phones keep apps open for days: look for a new version whenever the app is shown again.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') void this.check();
		});
	}

	async check() {
		try {
			await this.#workbox?.update();
		} catch {
			// Offline or the server is gone: the cached version keeps working.
		}
	}

	accept() {
		if (!this.#workbox) return;
		this.#accepted = true;
		this.#workbox.messageSkipWaiting();
	}

	dismiss() {
		this.waiting = false;
	}
}

export const appUpdate = new AppUpdate();
