import type { Readable } from 'node:stream';
import busboy from 'busboy';
import { canAdminister, type ImportReason } from '@opshub/metrics';
import { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Services } from '../../services';
import { bearerTokenFrom, sessionTokenFrom } from '../auth/auth.service';
import type { Principal } from '../auth/principal';
import { parseFileMapping, type FileMapping } from './import-lead-mapping';
import { checkDelimiter, isObject, MappingError } from './import-mapping';
import { ImportError, problem } from './import-error';

export const IMPORTS_PATH = '/api/imports';
/** Browsers cannot send this header across sites without a preflight: a session cookie alone never starts an import (CSRF). */
export const IMPORT_CSRF_HEADER = 'x-opshub-request';

/** A refusal: its English message, the column it names and, for the import's own reasons, their code and params. */
function fail(res: Response, status: number, message: string, column: string | null = null, reason: ImportReason | null = null): void {
  res.status(status).json({ error: message, ...(column ? { column } : {}), ...(reason ?? {}) });
}

async function principalOf(services: Services, req: Request, res: Response): Promise<(Principal & { kind: 'USER' | 'API_KEY' }) | null> {
  const apiKey = bearerTokenFrom(req.headers.authorization);
  const sessionToken = sessionTokenFrom(req.headers.cookie);
  if (!apiKey && sessionToken && req.method !== 'GET' && !req.headers[IMPORT_CSRF_HEADER]) {
    fail(res, 403, `requests signed in by cookie must send the ${IMPORT_CSRF_HEADER} header`);
    return null;
  }
  try {
    const principal = await services.auth.authenticate({ apiKey, sessionToken });
    if (!principal) fail(res, 401, 'Sign in, or send an API key as "Authorization: Bearer <key>"');
    // A dashboard's share link reads that dashboard only: it never writes.
    if (principal?.kind === 'SHARE_LINK') {
      fail(res, 403, 'A share link may not import');
      return null;
    }
    return principal as (Principal & { kind: 'USER' | 'API_KEY' }) | null;
  } catch (error) {
    if (error instanceof GraphQLError) {
      fail(res, 401, error.message);
      return null;
    }
    throw error;
  }
}

/**
 * Reads a multipart upload: the `mapping` field (JSON) must come before the `file` field, which is handed on
 * as a stream that fails with 413 once it passes the limit.
 */
function multipart<M>(
  req: Request, maxBytes: number, parseField: (raw: unknown) => M, handle: (file: AsyncIterable<Buffer>, fileName: string, mapping: M) => Promise<void>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fileSize: maxBytes, files: 1, fields: 5 } });
    } catch {
      reject(new ImportError('send the file as multipart/form-data (curl -F file=@export.csv)', 400));
      return;
    }
    let mapping: M | null = null;
    let mappingError: Error | null = null;
    let handled: Promise<void> | null = null;
    parser.on('field', (name, value) => {
      if (name !== 'mapping') return;
      try {
        mapping = parseField(JSON.parse(value));
      } catch (error) {
        mappingError = error instanceof MappingError ? error : new MappingError('mapping must be JSON', 'mapping');
      }
    });
    parser.on('file', (_name, stream, info) => {
      if (mappingError || mapping === null) {
        stream.resume();
        handled = Promise.reject(mappingError ?? new MappingError('send the mapping field before the file field', 'mapping'));
        handled.catch(() => undefined);
        return;
      }
      let over = false;
      stream.on('limit', () => (over = true));
      // Busboy ends a file at the limit (truncated); a reader that stops early must not destroy it, or the request never ends.
      const file = (async function* () {
        for await (const chunk of (stream as Readable).iterator({ destroyOnReturn: false })) yield chunk as Buffer;
        if (over) throw ImportError.of(problem('FILE_TOO_LARGE', `the file is larger than the limit of ${maxBytes} bytes (IMPORT_MAX_BYTES)`, { maxBytes }), 413);
      })();
      // Whatever the handler left unread is drained, so the request (and busboy) can finish.
      handled = handle(file, info.filename || 'upload.csv', mapping).finally(() => stream.resume());
      // Settled on 'close'; until then a refusal is not an unhandled rejection.
      handled.catch(() => undefined);
    });
    parser.on('error', reject);
    parser.on('close', () => {
      if (!handled) reject(mappingError ?? new ImportError('the request has no file field', 400));
      else handled.then(resolve, reject);
    });
    req.pipe(parser);
  });
}

/** The header route's `mapping` field: only the CSV delimiter matters for reading the first row. */
function parseDelimiterField(raw: unknown): { delimiter?: string } {
  if (!isObject(raw)) throw new MappingError('mapping must be an object', 'mapping');
  const { delimiter } = raw;
  checkDelimiter(delimiter);
  return delimiter ? { delimiter } : {};
}

function answerError(res: Response, error: unknown): void {
  if (error instanceof ImportError) fail(res, error.status, error.message, error.column, error.reason);
  else if (error instanceof MappingError) fail(res, 400, error.message, error.field);
  else throw error;
}

/**
 * File imports over HTTP, for the web app and scripts alike (an INGEST key, `curl -F mapping=… -F file=@x.csv`):
 * POST /api/imports (stored and queued, 202), POST /api/imports/preview (the first rows checked, nothing
 * written), POST /api/imports/header (the first row, to map an .xlsx's columns), GET /api/imports/:id, POST /api/imports/:id/cancel, GET /api/imports/:id/rejected.csv.
 */
export function importRoutes(services: Services): Router {
  const router = Router();
  const { maxBytes } = services.config.imports;

  router.post(IMPORTS_PATH, async (req, res, next) => {
    try {
      const principal = await principalOf(services, req, res);
      if (!principal) return;
      await multipart(req, maxBytes, parseFileMapping, async (file, fileName, mapping: FileMapping) => {
        const run = await services.imports.upload(file, fileName, mapping, principal);
        res.status(202).json(run);
      });
    } catch (error) {
      try {
        answerError(res, error);
      } catch (unexpected) {
        next(unexpected);
      }
    }
  });

  router.post(`${IMPORTS_PATH}/preview`, async (req, res, next) => {
    try {
      const principal = await principalOf(services, req, res);
      if (!principal) return;
      await multipart(req, maxBytes, parseFileMapping, async (file, _fileName, mapping: FileMapping) => {
        res.json(await services.imports.preview(file, mapping, principal.grant));
      });
    } catch (error) {
      try {
        answerError(res, error);
      } catch (unexpected) {
        next(unexpected);
      }
    }
  });

  router.post(`${IMPORTS_PATH}/header`, async (req, res, next) => {
    try {
      const principal = await principalOf(services, req, res);
      if (!principal) return;
      await multipart(req, maxBytes, parseDelimiterField, async (file, _fileName, { delimiter }) => {
        res.json(await services.imports.header(file, delimiter, principal.grant));
      });
    } catch (error) {
      try {
        answerError(res, error);
      } catch (unexpected) {
        next(unexpected);
      }
    }
  });

  const ownRun = async (req: Request, res: Response) => {
    const principal = await principalOf(services, req, res);
    if (!principal) return null;
    const run = await services.imports.find(String(req.params.id));
    // Someone else's import is as good as absent, unless an ADMIN asks.
    if (!run || (run.createdById !== principal.id && !canAdminister(principal.grant))) {
      fail(res, 404, `no import ${String(req.params.id)}`);
      return null;
    }
    return run;
  };

  router.get(`${IMPORTS_PATH}/:id`, async (req, res, next) => {
    try {
      const run = await ownRun(req, res);
      if (run) res.json(run);
    } catch (error) {
      next(error);
    }
  });

  router.post(`${IMPORTS_PATH}/:id/cancel`, async (req, res, next) => {
    try {
      const run = await ownRun(req, res);
      if (run) res.json(await services.imports.cancel(run.id));
    } catch (error) {
      next(error);
    }
  });

  router.get(`${IMPORTS_PATH}/:id/rejected.csv`, async (req, res, next) => {
    try {
      const run = await ownRun(req, res);
      if (!run) return;
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="rejected-${run.id}.csv"`);
      for await (const text of services.imports.rejectedCsv(run.id)) res.write(text);
      res.end();
    } catch (error) {
      next(error);
    }
  });

  return router;
}
