// The playground at /: GraphiQL, bundled from npm so that it needs no CDN.
// The server fills in #playground-config with the endpoint and the example
// tabs (graph.Examples), the Xi query first.
import React from "react";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { createClient } from "graphql-ws";
import "graphiql/style.css";
import "./playground.css";

const config = JSON.parse(document.getElementById("playground-config").textContent);
const url = new URL(config.endpoint, location.href);
const wsUrl = new URL(url);
wsUrl.protocol = url.protocol === "https:" ? "wss:" : "ws:";

// Subscriptions (graphChanged) over graphql-transport-ws; the socket opens
// only when a subscription runs.
const wsClient = createClient({ url: wsUrl.href, lazy: true });
const fetcher = createGraphiQLFetcher({ url: url.href, wsClient });

// newsgraph's tabs are kept apart from other GraphiQLs on this host. Tabs a
// user edits are kept and win over the examples on the next visit.
const prefix = "newsgraph:";
const own = () => Object.keys(localStorage).filter((k) => k.startsWith(prefix));
const storage = {
  getItem: (k) => localStorage.getItem(prefix + k),
  setItem: (k, v) => localStorage.setItem(prefix + k, v),
  removeItem: (k) => localStorage.removeItem(prefix + k),
  clear: () => own().forEach((k) => localStorage.removeItem(k)),
  key: (i) => {
    const k = own()[i];
    return k === undefined ? null : k.slice(prefix.length);
  },
  get length() {
    return own().length;
  },
};

createRoot(document.getElementById("graphiql")).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultTabs: config.examples,
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
    storage,
  }),
);
