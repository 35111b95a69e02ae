/**
 * The contract's calls over HTTP (see shared/contract/api.ts): every body and parameter is parsed with
 * the contract's schemas, every failure is an ApiError. The server has already checked the token.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  AnalyzeRequestSchema,
  ExportKindSchema,
  ImageKindSchema,
  MAX_UPLOAD_BYTES,
  PhotoIdSchema,
} from '../../shared/contract/api.js';
import type { PairService } from '../engine/session/PairService.js';
import { toApiError } from '../engine/session/toApiError.js';
import type { AnalysisJobs, JobEvent } from './AnalysisJobs.js';
import { parseCropQuery } from './parseCropQuery.js';
import { sendApiError, sendJson } from './respond.js';

/** JSON bodies are tiny (ids, a rectangle, a matrix); anything bigger is not ours. */
const MAX_JSON_BYTES = 64 * 1024;

export interface ApiContext {
  service: PairService;
  jobs: AnalysisJobs;
}

/** Answers one /api/ request. */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  { service, jobs }: ApiContext,
): Promise<void> {
  const bad = (error: string, status = 400) => sendApiError(res, { error, kind: 'bad-input' }, status);
  const parts = url.pathname.split('/').slice(2); // '', 'api', ...
  const route = `${req.method} ${parts[0] ?? ''}`;
  try {
    switch (route) {
      case 'GET initial-pair':
        return sendJson(res, 200, await service.initialPair());
      case 'GET recent':
        return sendJson(res, 200, await service.recentPairs());
      case 'POST upload': {
        const name = url.searchParams.get('name') ?? '';
        const length = Number(req.headers['content-length'] ?? NaN);
        if (length > MAX_UPLOAD_BYTES) {
          res.setHeader('Connection', 'close');
          return bad(`${name || 'upload'}: too large (limit ${MAX_UPLOAD_BYTES} bytes)`, 413);
        }
        const ref = await service.uploadStream(name, req, MAX_UPLOAD_BYTES).catch((err: unknown) => {
          // The rest of an oversized body is not worth reading: answer and drop the connection.
          res.setHeader('Connection', 'close');
          throw err;
        });
        return sendJson(res, 200, ref);
      }
      case 'GET photos': {
        // /api/photos/:id/split and /api/photos/:id/preview: the id is parsed, never a path.
        const [, id = '', what] = parts;
        if (parts.length !== 3 || (what !== 'split' && what !== 'preview')) break;
        const photoId = PhotoIdSchema.safeParse(id);
        if (!photoId.success) return bad(`${what}: expected a photo id handed out by Fairshot`);
        if (what === 'split') return sendJson(res, 200, await service.proposeSplit(photoId.data));
        const img = await service.preview(photoId.data);
        res.writeHead(200, { 'Content-Type': img.mime, 'Content-Length': img.bytes.byteLength });
        return void res.end(img.bytes);
      }
      case 'POST analyze': {
        const body = await readJson(req);
        const parsed = AnalyzeRequestSchema.safeParse(body);
        if (!parsed.success) return bad(`analyze: ${parsed.error.issues[0]?.message ?? 'bad request'}`);
        return sendJson(res, 200, { jobId: jobs.start(parsed.data) });
      }
      case 'GET jobs':
        if (parts.length === 3 && parts[2] === 'events') return streamEvents(res, jobs, parts[1] ?? '');
        break;
      case 'DELETE jobs':
        if (parts.length !== 2) break;
        if (!jobs.cancel(parts[1] ?? '')) return bad('unknown job', 404);
        res.writeHead(204);
        return void res.end();
      case 'GET analyses': {
        const [, id = '', what, kindText] = parts;
        if (parts.length === 3 && what === 'crop') {
          const crop = parseCropQuery(id, url.searchParams);
          if (!crop.ok) return bad(crop.error);
          const img = await service.crop(crop.value);
          res.writeHead(200, { 'Content-Type': img.mime, 'Content-Length': img.bytes.byteLength });
          return void res.end(img.bytes);
        }
        if (parts.length !== 4) break;
        if (what === 'images') {
          const kind = ImageKindSchema.safeParse(kindText);
          if (!kind.success) return bad(`unknown image kind "${kindText}"`, 404);
          const img = await service.image(id, kind.data);
          res.writeHead(200, { 'Content-Type': img.mime, 'Content-Length': img.bytes.byteLength });
          return void res.end(img.bytes);
        }
        if (what === 'export') {
          const kind = ExportKindSchema.safeParse(kindText);
          if (!kind.success) return bad(`unknown export kind "${kindText}"`, 404);
          const file = await service.exportBytes(id, kind.data);
          res.writeHead(200, {
            'Content-Type': file.mime,
            'Content-Length': file.bytes.byteLength,
            // The name is ours (letters, digits, _ - .), so it needs no quoting beyond this.
            'Content-Disposition': `attachment; filename="${file.fileName}"`,
          });
          return void res.end(file.bytes);
        }
        break;
      }
    }
    return bad(`no such call: ${req.method} ${url.pathname}`, 404);
  } catch (err) {
    if (err instanceof BodyError) return bad(err.message, err.status);
    return sendApiError(res, toApiError(err));
  }
}

class BodyError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
    // Also keeps out the content types a cross-site form can send without a preflight.
    throw new BodyError('expected Content-Type: application/json', 415);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > MAX_JSON_BYTES) throw new BodyError(`request body over ${MAX_JSON_BYTES} bytes`, 413);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BodyError('request body is not JSON', 400);
  }
}

/** Server-Sent Events: `progress` events, then one `done` (the Analysis) or `error` (an ApiError). */
function streamEvents(res: ServerResponse, jobs: AnalysisJobs, id: string): void {
  let unsubscribe: (() => void) | null = null;
  let started = false;
  const send = (e: JobEvent) => {
    if (!started) {
      started = true;
      res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    }
    res.write(`event: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`);
    if (e.event !== 'progress') {
      res.end();
      unsubscribe?.();
    }
  };
  unsubscribe = jobs.subscribe(id, send);
  if (!unsubscribe) return sendApiError(res, { error: 'unknown job', kind: 'bad-input' }, 404);
  if (res.writableEnded) return;
  if (!started) {
    started = true;
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    // A comment line: gets the headers through proxies and lets the page know it is listening.
    res.write(': listening\n\n');
  }
  res.on('close', () => unsubscribe?.());
}
