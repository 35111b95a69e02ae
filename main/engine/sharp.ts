/**
 * sharp for the engine, loaded as the CommonJS package it also ships. Imported from an ES module,
 * sharp's ES build imports its CommonJS dependencies (semver, detect-libc, @img/colour), and Node scans
 * each one's source for export names first; that scan got hot enough for V8 to optimize the scanner
 * twice on a background thread: 255 + 265 ms of compile time for `await import('sharp')` alone
 * (node --trace-opt, 2 busy cores), paid by every thread that loads sharp, in an audit the photo thread
 * while the pair registers. Loaded through require, the dependencies load as CommonJS and nothing is
 * scanned. Every engine module imports sharp from here, so a thread holds one sharp, not two.
 */
import { createRequire } from 'node:module';
import type Sharp from 'sharp';

const sharp = createRequire(import.meta.url)('sharp') as typeof Sharp;

export default sharp;
