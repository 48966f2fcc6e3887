# syntax=docker/dockerfile:1.7
# The UI as a container: build frontend/dist with Node 20, serve it with nginx, which also proxies the APIs to
# the backend service (docker/nginx.conf). Build context: the repository root (codegen reads api-spec/).

FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY api-spec/ api-spec/
COPY frontend/package.json frontend/package-lock.json frontend/
WORKDIR /src/frontend
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY frontend/ /src/frontend/
RUN npm run build

FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /src/frontend/dist/ /usr/share/nginx/html/
EXPOSE 80
