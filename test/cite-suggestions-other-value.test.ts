import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

// I_am_OK's ISO 29148 SRS bounds a device's message rate ("100 messages/hour"); its C4 model's BLE
// transport states how fast bytes move ("~50 KB/s"). The line shares the requirement's two own
// words (throughput, device) and read as met; its number says it measures another thing.

const prd = [
  '## 6. Non-Functional Requirements',
  '### 6.8 Scalability Requirements',
  [
    '| ID | Requirement | Target |',
    '|----|-------------|--------|',
    '| NFR-SCALE-001 | Max contacts per user | 500 |',
    '| NFR-SCALE-004 | Message throughput (per device) | 100 messages/hour |',
  ].join('\n'),
].join('\n\n');

const components = Array.from({ length: 20 }, (_, i) => `#### 5.2.${i + 10} Component ${i}\n\nHandles step ${i} of the message pipeline and writes to the store.\n`).join('\n');

const arch = (throughput: string) =>
  [
    '# C4 Architecture Model',
    '#### 5.2.6 BLE Transport',
    '**Performance:**\n- MTU: 512 bytes (negotiated, default 23 bytes)\n' + `- ${throughput}\n` + '- Discovery time: 2-5 seconds',
    components,
  ].join('\n\n');

const row = (architecture: string) => check(prd, architecture).coverage.rows.find((r) => r.requirement.id === 'NFR-SCALE-004')!;

describe('a place stating another value of the NFR\'s own measure', () => {
  it('is a possible place, never likely: the NFR stays uncovered', () => {
    const r = row(arch('Throughput: ~50 KB/s (depends on device and distance)'));
    expect([r.status, r.suggestions.map((s) => [s.location.line, s.heading, s.confidence])]).toEqual(['uncovered', [[7, 'BLE Transport', 'possible']]]);
  });

  it('a rate per hour restated for the same thing is its target restated (implied)', () => {
    const r = row(arch('Throughput: up to 100 messages per hour per device (store-and-forward)'));
    expect([r.status, r.implied?.location.line, r.implied?.reason]).toEqual(['implied', 7, 'restates its target = 100 req/h']);
  });
});
