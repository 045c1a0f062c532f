import type { ErrorRequestHandler } from 'express';

/**
 * express.json's refusals (a body over the limit, malformed JSON) answered as GraphQL errors in JSON with their
 * 4xx status, instead of express's HTML page.
 */
export function bodyErrors(maxBodyBytes: number): ErrorRequestHandler {
  return (error: { status?: number; type?: string; message?: string }, _req, res, next) => {
    if (error.type === 'entity.too.large') {
      res.status(413).json({ errors: [{ message: `The request body exceeds the limit of ${maxBodyBytes} bytes; split the batch`, extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: maxBodyBytes } }] });
    } else if (error.status !== undefined && error.status >= 400 && error.status < 500) {
      res.status(error.status).json({ errors: [{ message: `The request body could not be read: ${error.message}`, extensions: { code: 'BAD_REQUEST' } }] });
    } else {
      next(error);
    }
  };
}
