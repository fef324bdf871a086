// How each node type and relation looks. Colours are dark enough for 4.5:1
// contrast on white (they are also used for text), and each type has its own
// shape, so colour is never the only cue.
import { SHAPES } from "./shapes.js";

export const NODE_TYPES = {
  Person: { color: "#0b5fa5", shape: SHAPES.circle, svg: "circle", label: "Person" },
  Meeting: { color: "#b93a0a", shape: SHAPES.diamond, svg: "diamond", label: "Meeting" },
  Country: { color: "#047857", shape: SHAPES.square, svg: "square", label: "Country" },
  Organization: { color: "#7e22ce", shape: SHAPES.hexagon, svg: "hexagon", label: "Organization" },
  Place: { color: "#8a5a00", shape: SHAPES.triangle, svg: "triangle", label: "Place" },
  Issue: { color: "#be185d", shape: SHAPES.triangleDown, svg: "triangleDown", label: "Issue" },
  Article: { color: "#475569", shape: SHAPES.ring, svg: "ring", label: "Article" },
};
const OTHER = { color: "#334155", shape: SHAPES.circle, svg: "circle", label: "Other" };

export function nodeStyle(type) {
  return NODE_TYPES[type] || OTHER;
}

// Relation names as edge labels, and a muted colour per relation.
export const RELATIONS = {
  ATTENDED: { label: "attended", color: "#8aa0bd" },
  AFFILIATED_WITH: { label: "affiliated with", color: "#9fb3a8" },
  HELD_IN: { label: "held in", color: "#c4a57a" },
  IN: { label: "in", color: "#c4a57a" },
  DISCUSSED: { label: "discussed", color: "#d3a0bc" },
  MENTIONS: { label: "mentions", color: "#b8c0cc" },
  REPORTS: { label: "reports", color: "#b8c0cc" },
};

export function relationStyle(type) {
  return RELATIONS[type] || { label: (type || "").toLowerCase().replace(/_/g, " "), color: "#b8c0cc" };
}

export const MEETING_KINDS = ["MEETING", "CALL", "VISIT", "SUMMIT"];

// A small inline SVG of a type's shape, for the legend and the lists.
export function shapeSVG(type, size = 14) {
  const { color, svg } = nodeStyle(type);
  const s = size;
  const h = s / 2;
  let body;
  switch (svg) {
    case "square":
      body = `<rect x="2" y="2" width="${s - 4}" height="${s - 4}" fill="${color}"/>`;
      break;
    case "diamond":
      body = `<polygon points="${h},1 ${s - 1},${h} ${h},${s - 1} 1,${h}" fill="${color}"/>`;
      break;
    case "triangle":
      body = `<polygon points="${h},1 ${s - 1},${s - 2} 1,${s - 2}" fill="${color}"/>`;
      break;
    case "triangleDown":
      body = `<polygon points="1,2 ${s - 1},2 ${h},${s - 1}" fill="${color}"/>`;
      break;
    case "hexagon": {
      const pts = [];
      for (let i = 0; i < 6; i++) {
        const a = (Math.PI / 3) * i;
        pts.push(`${(h + (h - 1) * Math.cos(a)).toFixed(1)},${(h + (h - 1) * Math.sin(a)).toFixed(1)}`);
      }
      body = `<polygon points="${pts.join(" ")}" fill="${color}"/>`;
      break;
    }
    case "ring":
      body = `<circle cx="${h}" cy="${h}" r="${h - 2.5}" fill="none" stroke="${color}" stroke-width="3"/>`;
      break;
    default:
      body = `<circle cx="${h}" cy="${h}" r="${h - 1}" fill="${color}"/>`;
  }
  return `<svg class="shape" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}" aria-hidden="true" focusable="false">${body}</svg>`;
}
