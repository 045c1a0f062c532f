import {
  createSourceEventStream, execute, GraphQLError, parse, specifiedRules, validate,
  type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema, type ValidationRule,
} from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { WebSocket } from 'ws';
import { createContext, type AppContext } from '../../context';

/** Distinct operation texts kept parsed and validated; dashboards send a handful. */
const MAX_DOCUMENTS = 500;
const CLOSE_BRACE = Buffer.from('}');

/** What HTTP applies too (Apollo's parseOptions.maxTokens and validationRules): graphql-ws alone applies neither. */
export interface DocumentChecks {
  maxTokens: number;
  /** Added to graphql-js's standard rules. */
  rules: readonly ValidationRule[];
}

/** Apollo's codes for the same refusals on HTTP, so that a client tells them apart alike; a rule's own code stays. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

/** One result serialized once, and its `next` frames by subscription id (clients often reuse ids). */
interface Payload {
  json: Buffer;
  frames: Map<string, Buffer>;
}

/**
 * graphql-ws hooks for app.ts's `useServer`, so that a live update costs little per subscriber:
 * - documents are parsed and validated once per text, not once per subscription, with the same limits as on HTTP;
 * - each subscription event (LiveKpiService hands one snapshot object to every subscriber of it) is executed
 *   and serialized once per (event, document, variables), and its `next` frame is written straight to each
 *   subscriber's socket, instead of graphql-ws re-resolving and re-serializing it for every subscriber.
 */
export function subscriptionCache(schema: GraphQLSchema, checks: DocumentChecks): Pick<ServerOptions<Record<string, unknown>, Extra>, 'onSubscribe' | 'subscribe'> {
  const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();
  const documentIds = new WeakMap<DocumentNode, number>();
  const payloads = new WeakMap<object, Map<string, Promise<Payload>>>();
  const subscribers = new WeakMap<ExecutionArgs, { socket: WebSocket; id: string }>();
  let nextId = 0;
  const rules = [...specifiedRules, ...checks.rules];

  const prepare = (query: string): DocumentNode | readonly GraphQLError[] => {
    let prepared = documents.get(query);
    if (prepared) return prepared;
    try {
      const document = parse(query, { maxTokens: checks.maxTokens });
      const errors = validate(schema, document, rules);
      prepared = errors.length > 0 ? errors.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED')) : document;
      if (errors.length === 0) documentIds.set(document, nextId++);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      prepared = [withCode(error, 'GRAPHQL_PARSE_FAILED')];
    }
    // Oldest out first: a client cycling through generated texts cannot grow this without bound.
    if (documents.size >= MAX_DOCUMENTS) documents.delete(documents.keys().next().value!);
    documents.set(query, prepared);
    return prepared;
  };

  return {
    onSubscribe(ctx, id, payload) {
      const prepared = prepare(payload.query);
      if (Array.isArray(prepared)) return prepared;
      const args: ExecutionArgs = { schema, document: prepared as DocumentNode, operationName: payload.operationName, variableValues: payload.variables };
      subscribers.set(args, { socket: ctx.extra.socket, id });
      return args;
    },

    async subscribe(args: ExecutionArgs) {
      const stream = await createSourceEventStream(args);
      if (!(Symbol.asyncIterator in Object(stream))) return stream as ExecutionResult;
      const events = (stream as AsyncIterable<object>)[Symbol.asyncIterator]();
      const { document, operationName, variableValues } = args;
      const { socket, id } = subscribers.get(args)!;
      const subscribed = args.contextValue as AppContext;
      // Results are shared between subscribers of the same operation only when they see the same data.
      const operation = JSON.stringify([documentIds.get(document), operationName ?? null, variableValues ?? null, subscribed.principal?.grant ?? null]);
      // graphql-ws keeps these args for the subscription's lifetime: let go of the context that loaded the
      // catalog to subscribe, for a fresh one that loads nothing unless a field needs it.
      const contextValue = createContext(subscribed.services, subscribed.logger, { principal: subscribed.principal });
      args.contextValue = contextValue;

      const payloadOf = (event: object): Promise<Payload> => {
        let byOperation = payloads.get(event);
        if (!byOperation) payloads.set(event, (byOperation = new Map()));
        let payload = byOperation.get(operation);
        if (!payload) {
          payload = Promise.resolve(execute({ schema, document, operationName, variableValues, contextValue, rootValue: event }))
            .then((result) => ({ json: Buffer.from(JSON.stringify(result)), frames: new Map() }));
          byOperation.set(operation, payload);
        }
        return payload;
      };
      // A string while idle: a small Buffer would pin a whole 8 KB pool slab per subscriber.
      const head = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
      const frameOf = ({ json, frames }: Payload): Buffer => {
        let frame = frames.get(id);
        if (!frame) frames.set(id, (frame = Buffer.concat([Buffer.from(head), json, CLOSE_BRACE])));
        return frame;
      };
      const delivered = (async () => {
        for await (const event of { [Symbol.asyncIterator]: () => events }) {
          const frame = frameOf(await payloadOf(event));
          // A Buffer goes out as it is (no copy, no re-encoding); binary: false keeps it a text frame.
          if (socket.readyState === socket.OPEN) socket.send(frame, { binary: false });
        }
      })();
      // What graphql-ws iterates: nothing until the source ends, the frames having gone out directly. Its
      // return() (the client completed, or the socket closed) must reach the source even while it waits.
      const done = { done: true as const, value: undefined };
      const iterator: AsyncIterableIterator<ExecutionResult> = {
        next: () => delivered.then(() => done),
        async return() {
          await events.return?.();
          return done;
        },
        [Symbol.asyncIterator]: () => iterator,
      };
      return iterator;
    },
  };
}
