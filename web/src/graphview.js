// The graph canvas: a graphology graph drawn by Sigma (WebGL), laid out by
// ForceAtlas2 in a bounded number of iterations spread over animation
// frames, so the page stays responsive and the same view always settles to
// the same picture.
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeArrowProgram } from "sigma/rendering";
import forceAtlas2 from "graphology-layout-forceatlas2";
import iterateFA2 from "graphology-layout-forceatlas2/iterate.js";
import FA2_DEFAULTS from "graphology-layout-forceatlas2/defaults.js";
import { graphToByteArrays } from "graphology-layout-forceatlas2/helpers.js";

const FA2_PPN = 10; // numbers per node in ForceAtlas2's node matrix
import { NodeShapeProgram } from "./shapes.js";
import { nodeStyle, relationStyle } from "./types.js";
import { nodeSize } from "./util.js";

const FADED_NODE = "#d9dee5";
const FADED_EDGE = "#eceff3";
const SELECTED_EDGE = "#0f172a";
const EMPHASISED_EDGE = "#5b6b82";

// hash turns an id into a 32-bit seed, for positions that do not depend on
// the order nodes arrive in.
function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function unit(seed) {
  // mulberry32, one step
  let t = (seed + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

// yieldToBrowser lets the browser handle input and paint before the next
// slice of work (a message is not throttled like a timer).
function yieldToBrowser() {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

export class GraphView {
  constructor(container, handlers = {}) {
    this.container = container;
    this.handlers = handlers;
    this.graph = new Graph({ multi: true, type: "directed" });
    this.selected = null; // { kind: "node" | "edge", id }
    this.hovered = null;
    this.fresh = new Set(); // nodes added by live updates, highlighted for a while
    this.layoutToken = 0;
    this.sigma = new Sigma(this.graph, container, {
      nodeProgramClasses: { shape: NodeShapeProgram },
      defaultNodeType: "shape",
      edgeProgramClasses: { arrow: EdgeArrowProgram },
      defaultEdgeType: "arrow",
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      labelFont: "system-ui, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif",
      labelSize: 13,
      labelWeight: "500",
      labelColor: { color: "#0f172a" },
      edgeLabelFont: "system-ui, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif",
      edgeLabelSize: 11,
      edgeLabelColor: { color: "#3f4a5a" },
      labelDensity: 0.9,
      labelGridCellSize: 70,
      labelRenderedSizeThreshold: 7,
      zIndex: true,
      stagePadding: 50,
      minCameraRatio: 0.05,
      maxCameraRatio: 8,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });

    // Sigma follows window resizes only; the container also changes size
    // when the panels around it do.
    this.resizeObserver = new ResizeObserver(() => this.sigma.scheduleRefresh());
    this.resizeObserver.observe(container);

    this.sigma.on("clickNode", ({ node }) => this.handlers.onSelect?.({ kind: "node", id: node }));
    this.sigma.on("clickEdge", ({ edge }) => this.handlers.onSelect?.({ kind: "edge", id: edge }));
    this.sigma.on("clickStage", () => this.handlers.onSelect?.(null));
    this.sigma.on("doubleClickNode", (e) => {
      e.preventSigmaDefault();
      this.handlers.onExpand?.(e.node);
    });
    this.sigma.on("enterNode", ({ node }) => {
      this.hovered = node;
      container.style.cursor = "pointer";
      this.refresh(true);
    });
    this.sigma.on("leaveNode", () => {
      this.hovered = null;
      container.style.cursor = "";
      this.refresh(true);
    });
    this.sigma.on("enterEdge", () => (container.style.cursor = "pointer"));
    this.sigma.on("leaveEdge", () => (container.style.cursor = ""));
  }

  // focus is what to emphasise: the hovered node with its neighbours (the
  // rest fades), else the selection (emphasised, nothing fades).
  focusSet() {
    if (this.hovered && this.graph.hasNode(this.hovered)) {
      const set = new Set(this.graph.neighbors(this.hovered));
      set.add(this.hovered);
      return { set, sel: { kind: "node", id: this.hovered }, fade: true };
    }
    const sel = this.selected;
    if (sel && (sel.kind === "node" ? this.graph.hasNode(sel.id) : this.graph.hasEdge(sel.id))) {
      const set = new Set(sel.kind === "node" ? [...this.graph.neighbors(sel.id), sel.id] : this.graph.extremities(sel.id));
      return { set, sel, fade: false };
    }
    return null;
  }

  reduceNode(node, data) {
    const res = { ...data };
    // Small graphs show every label; larger ones let Sigma's label grid choose.
    if (this.graph.order <= 60) res.forceLabel = true;
    const f = this._focus;
    if (this.fresh.has(node)) {
      res.highlighted = true;
      res.forceLabel = true;
    }
    if (!f) return res;
    if (f.sel.kind === "node" && f.sel.id === node) {
      res.highlighted = true;
      res.forceLabel = true;
      res.size = data.size * 1.35;
      res.zIndex = 2;
    } else if (f.set.has(node)) {
      res.forceLabel = true;
      res.zIndex = 1;
      if (f.sel.kind === "edge") res.highlighted = true;
    } else if (f.fade) {
      res.color = FADED_NODE;
      res.label = "";
      res.zIndex = 0;
    }
    return res;
  }

  reduceEdge(edge, data) {
    const res = { ...data };
    const f = this._focus;
    if (!f) return res;
    const [s, t] = this.graph.extremities(edge);
    if (f.sel.kind === "edge" && f.sel.id === edge) {
      res.color = SELECTED_EDGE;
      res.size = 3.5;
      res.forceLabel = true;
      res.zIndex = 2;
    } else if (f.sel.kind === "node" && (s === f.sel.id || t === f.sel.id)) {
      res.color = EMPHASISED_EDGE;
      res.size = 2.5;
      res.forceLabel = true;
      res.zIndex = 1;
    } else if (f.fade) {
      res.color = FADED_EDGE;
      res.label = "";
      res.zIndex = 0;
    }
    return res;
  }

  refresh(light = false) {
    this._focus = this.focusSet();
    this.sigma.refresh(light ? { skipIndexation: true } : undefined);
  }

  clear() {
    this.layoutToken++;
    this.graph.clear();
    this.fresh.clear();
    this.selected = null;
  }

  // merge adds nodes and edges of a subgraph answer; nodes already shown keep
  // their place. New nodes start near anchor (the expanded node), or near a
  // neighbour already placed. Returns the ids of the nodes it added.
  merge({ nodes = [], edges = [] }, { anchor } = {}) {
    const added = [];
    const g = this.graph;
    // Who each incoming node touches, to start it near a node already placed.
    const touches = new Map();
    for (const e of edges) {
      if (!touches.has(e.source)) touches.set(e.source, []);
      if (!touches.has(e.target)) touches.set(e.target, []);
      touches.get(e.source).push(e.target);
      touches.get(e.target).push(e.source);
    }
    const fresh = nodes.filter((n) => !g.hasNode(n.id));
    const placed = new Map();
    const spread = Math.max(20, Math.sqrt(g.order + fresh.length) * 12);
    const pos = (id) => (g.hasNode(id) ? g.getNodeAttributes(id) : placed.get(id));
    // Place nodes next to placed neighbours, breadth first; when nothing
    // left is connected to a placed node, start one near the anchor or at
    // a spot drawn from its id.
    const around = (id, c, radius) => {
      const h = hash(id);
      const a = unit(h) * 2 * Math.PI;
      const r = radius * (0.3 + 0.7 * unit(h ^ 0x9e3779b9));
      placed.set(id, { x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) });
    };
    let queue = fresh.map((n) => n.id);
    while (queue.length) {
      const next = [];
      let progress = false;
      for (const id of queue) {
        const near = (touches.get(id) || []).find((m) => pos(m));
        if (near) {
          around(id, pos(near), 15);
          progress = true;
        } else next.push(id);
      }
      if (!progress && next.length) {
        const id = next.shift();
        if (anchor && pos(anchor)) around(id, pos(anchor), 15);
        else around(id, { x: 0, y: 0 }, placed.size || g.order ? spread : 0);
      }
      queue = next;
    }
    for (const n of nodes) {
      const style = nodeStyle(n.type);
      const attrs = {
        label: n.label,
        kind: n.type,
        properties: n.properties || {},
        color: style.color,
        shape: style.shape,
      };
      if (typeof n.degree === "number") attrs.degree = n.degree;
      if (g.hasNode(n.id)) {
        g.mergeNodeAttributes(n.id, attrs);
      } else {
        g.addNode(n.id, { ...attrs, ...placed.get(n.id), size: 5 });
        added.push(n.id);
      }
    }
    for (const e of edges) {
      if (g.hasEdge(e.id) || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
      const style = relationStyle(e.type);
      g.addDirectedEdgeWithKey(e.id, e.source, e.target, {
        relation: e.type,
        label: style.label,
        color: style.color,
        size: 1.5,
        properties: e.properties || {},
      });
    }
    this.resize();
    return added;
  }

  // resize sets node sizes from their degree in the whole graph (as the API
  // gave it), or, for a node that came without one (a live update), the
  // edges drawn.
  resize() {
    const g = this.graph;
    // (No "attributes" hint: Sigma would then repaint nodes it has not
    // indexed yet.)
    g.updateEachNodeAttributes((id, a) => {
      a.size = nodeSize(a.kind, typeof a.degree === "number" ? a.degree : g.degree(id), g.order);
      return a;
    });
  }

  // layout runs ForceAtlas2 for a bounded number of iterations, in slices of
  // about 20 ms that yield to the browser between them, on matrices that
  // persist across slices (so how the work is sliced does not change the
  // result), and shows the positions reached every quarter second: the page
  // stays responsive and Sigma redraws a few times rather than after every
  // iteration. Then (with fit) it frames the whole graph. The container is
  // aria-busy meanwhile. It resolves when done, or when a newer layout (or
  // clear) takes over.
  async layout({ fit = false } = {}) {
    const token = ++this.layoutToken;
    const g = this.graph;
    const n = g.order;
    this.container.setAttribute("aria-busy", "true");
    if (n >= 2) {
      const settings = {
        ...FA2_DEFAULTS,
        ...forceAtlas2.inferSettings(g),
        barnesHutOptimize: n > 400,
        gravity: 1,
        scalingRatio: 8,
        slowDown: 2,
        adjustSizes: false,
      };
      const total = n <= 300 ? 300 : n <= 1000 ? 200 : 120;
      const ids = g.nodes();
      const at = new Map(ids.map((id, i) => [id, i * FA2_PPN]));
      const { nodes: matrix, edges } = graphToByteArrays(g, () => 1);
      const show = () =>
        g.updateEachNodeAttributes(
          (id, a) => {
            const i = at.get(id);
            if (i !== undefined) {
              a.x = matrix[i];
              a.y = matrix[i + 1];
            }
            return a;
          },
          { attributes: ["x", "y"] },
        );
      let perSlice = 1;
      let shown = performance.now();
      let every = 250; // ms between redraws; longer when a redraw is slow
      let justShown = false;
      for (let done = 0; done < total; ) {
        const ty = performance.now();
        await yieldToBrowser();
        if (justShown) every = Math.max(every, 3 * (performance.now() - ty));
        justShown = false;
        if (token !== this.layoutToken) return;
        const k = Math.min(perSlice, total - done);
        const t0 = performance.now();
        for (let i = 0; i < k; i++) iterateFA2(settings, matrix, edges);
        done += k;
        const t1 = performance.now();
        perSlice = Math.max(1, Math.min(500, Math.floor((20 * k) / Math.max(t1 - t0, 0.1))));
        if (t1 - shown > every || done >= total) {
          show();
          shown = t1;
          justShown = true;
        }
      }
    }
    if (fit) await this.fit();
    if (token === this.layoutToken) this.container.setAttribute("aria-busy", "false");
  }

  fit() {
    return this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  zoom(factor) {
    const cam = this.sigma.getCamera();
    return factor > 1 ? cam.animatedUnzoom({ duration: 200, factor }) : cam.animatedZoom({ duration: 200, factor: 1 / factor });
  }

  // center moves the camera to a node, unless it is well inside the view.
  center(id) {
    if (!this.graph.hasNode(id)) return;
    const pos = this.sigma.getNodeDisplayData(id);
    if (!pos) return;
    const vp = this.sigma.framedGraphToViewport(pos);
    const { width, height } = this.sigma.getDimensions();
    const m = 60;
    if (vp.x > m && vp.x < width - m && vp.y > m && vp.y < height - m) return;
    this.sigma.getCamera().animate({ x: pos.x, y: pos.y }, { duration: 300 });
  }

  // viewportPosition is where a node is drawn, in CSS pixels from the
  // canvas's top left corner (null when it is not in the graph).
  viewportPosition(id) {
    if (!this.graph.hasNode(id)) return null;
    const pos = this.sigma.getNodeDisplayData(id);
    return pos ? this.sigma.framedGraphToViewport(pos) : null;
  }

  select(sel) {
    this.selected = sel;
    this.refresh();
  }

  markFresh(ids, ms = 8000) {
    ids.forEach((id) => this.fresh.add(id));
    this.refresh();
    setTimeout(() => {
      ids.forEach((id) => this.fresh.delete(id));
      this.refresh();
    }, ms);
  }

  node(id) {
    if (!this.graph.hasNode(id)) return null;
    const a = this.graph.getNodeAttributes(id);
    return { id, label: a.label, type: a.kind, properties: a.properties };
  }

  edge(id) {
    if (!this.graph.hasEdge(id)) return null;
    const a = this.graph.getEdgeAttributes(id);
    const [source, target] = this.graph.extremities(id);
    return { id, source, target, type: a.relation, properties: a.properties };
  }

  // visibleNodes lists the nodes on screen.
  visibleNodes() {
    return this.graph.mapNodes((id, a) => ({ id, label: a.label, type: a.kind, properties: a.properties }));
  }

  edgesOf(id) {
    if (!this.graph.hasNode(id)) return [];
    return this.graph.edges(id).map((e) => this.edge(e));
  }
}
