import { describe, expect, it } from 'vitest';
import { attachRenderers, NeedsRenderer, renderer, renderersAttached, shapesStandIn, standIn, standIns } from '../src/io/renderer-stand-ins.js';

// In the worker's bundle mermaid's renderer modules export stand-ins (scripts/build.mjs): any use
// before the real module is attached counts and throws; once attached, each is the real export.

class Label {
  constructor(readonly text: string) {}
}
const realModule = {
  createText: (text: string) => `<text>${text}</text>`,
  Label,
  defaults: { padding: 8 },
  shapes: { rect: () => 'rect drawn', cyl: () => 'cylinder drawn' },
};

describe('a renderer module\'s stand-ins', () => {
  it('count and throw NeedsRenderer on any use until the real module is attached, then are the real exports', async () => {
    let loads = 0;
    const owner = renderer('text layout', async () => {
      loads++;
      return realModule;
    });
    const createText = standIn(owner, 'createText', 'function') as typeof realModule.createText;
    const LabelStandIn = standIn(owner, 'Label', 'function') as typeof Label;
    const defaults = standIn(owner, 'defaults', 'object') as typeof realModule.defaults;
    const shapes = shapesStandIn(owner, Object.keys(realModule.shapes)) as typeof realModule.shapes;
    const used = standIns.used;
    expect(() => createText('hi')).toThrow(NeedsRenderer);
    expect(() => new LabelStandIn('x')).toThrow('mermaid needs its renderer for this block (text layout: Label)');
    expect(() => defaults.padding).toThrow(NeedsRenderer);
    expect(() => shapes.cyl()).toThrow('mermaid needs its renderer for this block (text layout: shapes.cyl)');
    // A flowchart's parser checks a shape's name: that needs no renderer.
    expect(['cyl' in shapes, 'blob' in shapes, Object.keys(shapes)]).toEqual([true, false, ['rect', 'cyl']]);
    expect([standIns.used - used, standIns.last, renderersAttached()]).toEqual([4, 'text layout: shapes.cyl', false]);

    await attachRenderers();
    await attachRenderers();
    expect([loads, renderersAttached()]).toEqual([1, true]);
    expect(createText('hi')).toBe('<text>hi</text>');
    expect(new LabelStandIn('x')).toEqual(new Label('x'));
    expect([defaults.padding, 'padding' in defaults, Object.keys(defaults)]).toEqual([8, true, ['padding']]);
    expect(shapes.cyl()).toBe('cylinder drawn');
    expect(standIns.used - used).toBe(4);
  });
});
