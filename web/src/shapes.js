// A Sigma node program that draws one of several shapes, chosen per node by
// its numeric `shape` attribute, so that type is shown by shape as well as
// colour. It is Sigma's NodeCircleProgram with a signed-distance function per
// shape in the fragment shader: one program, one draw call for all nodes,
// and picking (hover, click) follows the exact outline of each shape.
import { NodeProgram } from "sigma/rendering";
import { floatColor } from "sigma/utils";

export const SHAPES = {
  circle: 0,
  square: 1,
  diamond: 2,
  triangle: 3,
  hexagon: 4,
  triangleDown: 5,
  ring: 6,
};

const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute float a_shape;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;

const float bias = 255.0 / 254.0;

void main() {
  // The triangle's inscribed circle has 1.5 times the node's radius, so the
  // corners of squares and diamonds fit inside it.
  float size = a_size * u_correctionRatio / u_sizeRatio * 6.0;
  vec2 diffVector = size * vec2(cos(a_angle), sin(a_angle));
  vec2 position = a_position + diffVector;
  gl_Position = vec4((u_matrix * vec3(position, 1)).xy, 0, 1);

  v_diffVector = diffVector;
  v_radius = size / 3.0;
  v_shape = a_shape;

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;

uniform float u_correctionRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

// Distance from the outline, in units of the node's radius (negative inside).
float shapeDistance(vec2 p, float shape) {
  if (shape < 0.5) return length(p) - 1.0;                       // circle
  if (shape < 1.5) return max(abs(p.x), abs(p.y)) - 0.86;        // square
  if (shape < 2.5) return (abs(p.x) + abs(p.y)) * 0.7071 - 0.88; // diamond
  if (shape < 3.5 || shape > 4.5 && shape < 5.5) {              // triangles
    vec2 q = shape < 3.5 ? p : vec2(p.x, -p.y);
    q.y += 0.2;
    return max(abs(q.x) * 0.866 + q.y * 0.5, -q.y) - 0.6;
  }
  if (shape < 4.5) {                                             // hexagon
    vec2 q = abs(p);
    return max(q.x * 0.866 + q.y * 0.5, q.y) - 0.95;
  }
  return abs(length(p) - 0.78) - 0.24;                          // ring
}

void main(void) {
  float border = u_correctionRatio * 2.0;
  float dist = shapeDistance(v_diffVector / v_radius, v_shape) * v_radius + border;

  #ifdef PICKING_MODE
  gl_FragColor = dist > border ? transparent : v_color;
  #else
  float t = 0.0;
  if (dist > border) t = 1.0;
  else if (dist > 0.0) t = dist / border;
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

const { UNSIGNED_BYTE, FLOAT } = WebGLRenderingContext;

export class NodeShapeProgram extends NodeProgram {
  getDefinition() {
    return {
      VERTICES: 3,
      VERTEX_SHADER_SOURCE: VERTEX,
      FRAGMENT_SHADER_SOURCE: FRAGMENT,
      METHOD: WebGLRenderingContext.TRIANGLES,
      UNIFORMS: ["u_sizeRatio", "u_correctionRatio", "u_matrix"],
      ATTRIBUTES: [
        { name: "a_position", size: 2, type: FLOAT },
        { name: "a_size", size: 1, type: FLOAT },
        { name: "a_shape", size: 1, type: FLOAT },
        { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
      CONSTANT_ATTRIBUTES: [{ name: "a_angle", size: 1, type: FLOAT }],
      CONSTANT_DATA: [[0], [(2 * Math.PI) / 3], [(4 * Math.PI) / 3]],
    };
  }

  processVisibleItem(nodeIndex, startIndex, data) {
    const array = this.array;
    array[startIndex++] = data.x;
    array[startIndex++] = data.y;
    array[startIndex++] = data.size;
    array[startIndex++] = data.shape || 0;
    array[startIndex++] = floatColor(data.color);
    array[startIndex++] = nodeIndex;
  }

  setUniforms(params, { gl, uniformLocations }) {
    gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
  }
}
