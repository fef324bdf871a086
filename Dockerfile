# Container image of the newsgraph binary (API server and loader), used by
# docker-compose.yml. Static build so the runtime image needs no libc. The
# explorer's and the playground's bundles are committed (explore/dist,
# playground/dist), so the build needs no Node. The runtime image has no
# shell or curl: its health check is the binary's own `newsgraph probe`.
FROM golang:1.26 AS build
WORKDIR /src
# Module downloads in their own layer: source edits don't refetch dependencies.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /newsgraph .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /newsgraph /newsgraph
# The loader reads files by path; ship the sample articles so `load /app/samples/...` works.
COPY samples/ /app/samples/
WORKDIR /app
EXPOSE 8080
ENTRYPOINT ["/newsgraph"]
