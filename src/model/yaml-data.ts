/**
 * Checks the data a YAML parser handed back before anything else reads it. YAML anchors
 * (`&a`) and aliases (`*a`) can make a value that contains itself (`coproduction: &a [*a]`);
 * reading such a value would never end, and printing it throws. Both hosts call this.
 */
import { YAML_PROBLEMS, type YamlResult } from './frontmatter';

/**
 * True when an object or array in `data` contains itself at any depth. Linear in the number
 * of distinct objects: each is walked once (shared, non-circular values are fine).
 */
export function containsItself(data: unknown): boolean {
  if (data === null || typeof data !== 'object') return false;
  const done = new Set<object>();
  const onPath = new Set<object>();
  // An explicit stack instead of recursion, so a deeply nested value cannot overflow the call stack.
  const stack: { node: object; children: Iterator<unknown> }[] = [];
  const enter = (node: object) => {
    onPath.add(node);
    stack.push({ node, children: childrenOf(node) });
  };
  enter(data);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const next = top.children.next();
    if (next.done) {
      stack.pop();
      onPath.delete(top.node);
      done.add(top.node);
      continue;
    }
    const child = next.value;
    if (child === null || typeof child !== 'object' || done.has(child)) continue;
    if (onPath.has(child)) return true;
    enter(child);
  }
  return false;
}

function childrenOf(node: object): Iterator<unknown> {
  if (Array.isArray(node)) return (node as unknown[])[Symbol.iterator]();
  if (node instanceof Map) return node.values();
  if (node instanceof Set) return node.values();
  if (ArrayBuffer.isView(node)) return [][Symbol.iterator]();
  return Object.values(node)[Symbol.iterator]();
}

/** `data` as a successful reading, or the plain-words problem when it contains itself. */
export function checkedYamlData(data: unknown): YamlResult {
  return containsItself(data) ? { ok: false, message: YAML_PROBLEMS.selfReference } : { ok: true, data };
}
