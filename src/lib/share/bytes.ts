/**
 * The byte writer and reader under version-2 quiz links (see packed.ts). Two streams: numbers
 * (varints) in one, text in the other, so deflate sees the words of a quiz side by side instead
 * of cut up by lengths and codes. Text is zero-terminated WTF-8: UTF-8 that also keeps a lone
 * surrogate, because a quiz must come back exactly as it went in (its id is a hash of it).
 *
 * The reader takes untrusted bytes: every read checks what is left, a count can never exceed
 * the bytes that remain, and any fault throws BytesError, which the link decoder turns into
 * "damaged".
 */

export class BytesError extends Error {}

/** Inside a text: 0x00 ends it, so a 0x00 or 0x01 byte of the text itself is escaped by 0x01. */
const END = 0;
const ESCAPE = 1;
/** 2^53 fits in eight 7-bit groups; a ninth would be a number JavaScript cannot hold exactly. */
const MAX_VARINT_BYTES = 8;

export class ByteWriter {
	private readonly numberBytes: number[] = [];
	private readonly textBytes: number[] = [];

	/** A whole number from 0 to 2^53 - 1, seven bits a byte, low bits first. */
	uint(value: number): void {
		if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a count: ${value}`);
		let rest = value;
		while (rest >= 0x80) {
			this.numberBytes.push((rest % 0x80) | 0x80);
			rest = Math.floor(rest / 0x80);
		}
		this.numberBytes.push(rest);
	}

	/** Any number: a whole one from 0 up as a varint, anything else as its 8 bytes. */
	number(value: number): void {
		if (Number.isSafeInteger(value) && value >= 0 && value <= Number.MAX_SAFE_INTEGER / 2) {
			this.uint(value * 2);
			return;
		}
		this.uint(1);
		const bytes = new Uint8Array(8);
		new DataView(bytes.buffer).setFloat64(0, value);
		this.numberBytes.push(...bytes);
	}

	string(value: string): void {
		for (let i = 0; i < value.length; i++) {
			const unit = value.charCodeAt(i);
			const next = value.charCodeAt(i + 1);
			if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
				this.codePoint(0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00));
				i++;
			} else this.codePoint(unit);
		}
		this.textBytes.push(END);
	}

	private codePoint(c: number): void {
		const out = this.textBytes;
		if (c === END || c === ESCAPE) out.push(ESCAPE, c + 1);
		else if (c < 0x80) out.push(c);
		else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
		else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
		else
			out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
	}

	/** The number stream's length, the numbers, then the text. */
	bytes(): Uint8Array<ArrayBuffer> {
		const head = new ByteWriter();
		head.uint(this.numberBytes.length);
		return Uint8Array.from([...head.numberBytes, ...this.numberBytes, ...this.textBytes]);
	}
}

export class ByteReader {
	private at: number;
	private readonly numbersEnd: number;
	private textAt: number;

	constructor(private readonly data: Uint8Array) {
		this.at = 0;
		this.numbersEnd = data.length;
		const length = this.uint();
		this.numbersEnd = this.at + length;
		if (this.numbersEnd > data.length) throw new BytesError('numbers run past the end');
		this.textAt = this.numbersEnd;
	}

	uint(): number {
		let value = 0;
		let scale = 1;
		for (let i = 0; i < MAX_VARINT_BYTES; i++) {
			if (this.at >= this.numbersEnd) throw new BytesError('numbers end early');
			const byte = this.data[this.at++]!;
			value += (byte & 0x7f) * scale;
			if (byte < 0x80) return value;
			scale *= 0x80;
		}
		throw new BytesError('a number too long');
	}

	number(): number {
		const tagged = this.uint();
		if (tagged !== 1) {
			if (tagged % 2) throw new BytesError('an unknown number form');
			return tagged / 2;
		}
		if (this.at + 8 > this.numbersEnd) throw new BytesError('numbers end early');
		const value = new DataView(this.data.buffer, this.data.byteOffset + this.at, 8).getFloat64(0);
		this.at += 8;
		return value;
	}

	/** A count of things that each take at least one number byte, so it cannot exceed those left. */
	count(): number {
		const n = this.uint();
		if (n > this.numbersEnd - this.at) throw new BytesError('a count larger than the link');
		return n;
	}

	string(): string {
		const data = this.data;
		const units: number[] = [];
		let out = '';
		for (;;) {
			if (this.textAt >= data.length) throw new BytesError('a text runs past the end');
			const b = data[this.textAt++]!;
			if (b === END) break;
			let c: number;
			if (b === ESCAPE) {
				c = (data[this.textAt++] ?? 0) - 1;
				if (c !== END && c !== ESCAPE) throw new BytesError('a bad escape');
			} else if (b < 0x80) c = b;
			else if (b >= 0xc2 && b < 0xe0) c = ((b & 31) << 6) | this.continuation();
			else if (b >= 0xe0 && b < 0xf0) {
				c = ((b & 15) << 12) | (this.continuation() << 6) | this.continuation();
				if (c < 0x800) throw new BytesError('an overlong character');
			} else if (b >= 0xf0 && b < 0xf5) {
				c =
					((b & 7) << 18) |
					(this.continuation() << 12) |
					(this.continuation() << 6) |
					this.continuation();
				if (c < 0x10000 || c > 0x10ffff) throw new BytesError('a character out of range');
			} else throw new BytesError('not UTF-8');
			if (c >= 0x10000) units.push(0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 1023));
			else units.push(c);
			// Flush in slices: String.fromCharCode takes a bounded number of arguments.
			if (units.length > 4096) out += String.fromCharCode(...units.splice(0));
		}
		return out + String.fromCharCode(...units);
	}

	private continuation(): number {
		const b = this.data[this.textAt++];
		if (b === undefined || (b & 0xc0) !== 0x80) throw new BytesError('not UTF-8');
		return b & 63;
	}

	/** True when every byte of both streams was read: anything left over means a damaged link. */
	done(): boolean {
		return this.at === this.numbersEnd && this.textAt === this.data.length;
	}
}
