import type { Rule } from '../../core/rule.js';

const describe = (r: { id: string; title: string }) => `${r.id}${r.title ? ` (${r.title})` : ''}`;

export const traceCitationDrift: Rule = {
  meta: {
    id: 'trace/citation-drift',
    description: 'A place that cites an NFR describes that NFR, not another one.',
    defaultSeverity: 'warning',
    scope: 'docSet',
    rationale:
      'A citation is what makes an NFR covered, so a citation of the wrong ID hides two problems: the cited NFR looks met where nothing meets it, and the NFR the place does meet looks unmet. This happens when an architecture restates the requirements in its own table with other numbering, when bold labels are swapped, or when a decision cites a neighbouring ID. archgate compares what the citing place says with every NFR of the PRD (their distinctive words, rare in the architecture, their synonyms and their targets). A place that restates the NFR it cites (the ID opens a table row, a list item or a bold label, sits alone in a table cell, or is followed by a label: `NFR-5 (Single Browser Instance)`) drifted when another NFR reads clearly closer than the cited one, or when it says nothing of the cited NFR and states a target of a kind that NFR has none of. A place that writes the cited NFR\'s own percentage is its citation, even beside words that name no metric (`| NFR-A-1 | 99.9% citizen, 99.95% submission API |` for an NFR asking 99.9% availability); another NFR\'s percentage is not. A definition-like restatement (the ID then a title or a sentence of at most 40 words, in a table row, a list item, a heading or a bold label, or a table cell of IDs beside it: `NFR-006: Horizontal Scaling`, `| 認証 | NFR-01 | session cookie + password hash |`) that says nothing at all of the cited NFR, in any language (not one of its words, synonyms, numbers or targets, not its quality, and in Chinese or Japanese none of its whole words), drifted when it reads like another NFR (its target, or one of its distinctive words or of its title) or names a quality other NFRs are of: the document numbers its requirements otherwise (an ADR\'s or a plan\'s own list). A short list item, table row or paragraph (25 words at most, such as the **Decision:** line of an ADR) citing one NFR is read the same way, when the closer NFR shares two of its own distinctive words with it (one word can be a homonym: a cache of room availability is not the availability of the service). A place that cites in passing drifted only when it says almost nothing of the cited NFR and restates another one closely. In a long paragraph or list item, and in a place citing several IDs, each ID is read against the words the document gives it alone: its clause of a list (`no plaintext data paths (NFR5), …`), its label (`NFR25 (50 coroutines, SQLite)`), or the sentence it ends. Those words often name a mechanism worded unlike the NFR (a circuit breaker for resilience), so the ID drifted only when they say nothing at all of it (no word, synonym or target) and restate another NFR; when they are too few to tell, the whole paragraph with its heading path is read the same way. An ID ending a line or a table cell of several clauses is read with the whole line (cell) too, and is right when it restates the target of the cited NFR or reads at least as much like it as like the other; an item under a bold label is read with the label, and a short statement that says something of the NFR it cites is read with the heading it stands under (`Scaling: auto-scale on CPU/memory usage` under `Relay Server Deployment` is about the capacity of the relay server). A cited NFR whose ID differs only in its prefix from a requirement of another kind (NFR-011 and FR-011) drifted when the place says almost nothing of the NFR and restates that requirement, which is named: only that one requirement is compared, never FRs at large. One name that requirement alone writes in the whole PRD (a product, technology or format: `使用 Protobuf 而非 JSON（NFR-011）`) is enough, where the place shares nothing at all with the NFR (no word, synonym, target or number). The finding is on the line of the ID. IDs sharing one description (`NFR8, NFR13 (Thread Safety): …`, brackets side by side `(NFR8) (NFR13)`, a range, a table cell holding only IDs) drifted only when it describes none of them, and are reported once. It stays silent when unsure. The NFR that reads closer is named only when it reads clearly closer (by 0.05 of a score from 0 to 1) than the cited one and than every other NFR: by less, which one wins hangs on word weights that any edit elsewhere in the document moves, and the finding says only that the place says nothing (or little) of the NFR it cites. A drifted citation does not cover the NFR it cites: that NFR stays uncovered (trace/nfr-addressed names the drifted place) until it is cited where it is met. This fails closed, and precision comes first: on the real corpus the rule reports nothing; on drifted citations made from real architectures (renumbered tables, swapped labels, lists, long decision prose) it flagged 26 of the 30 on the architectures it was tuned on and none of their 155 right citations; and on citations written into the 74 places where a careful reader found NFRs met in 11 corpus pairs, it flagged 50 of the 74 written with the ID of a neighbouring NFR and none of the 74 written with the right one. With the rule off, every citation counts as it reads; silencing one finding inline (`archgate-disable-line trace/citation-drift`) says that citation is right, and it counts again.',
    examples: {
      pass: '<!-- prd -->\n- **NFR-6:** Search answers within 500 ms at p95.\n- **NFR-11:** Passwords are hashed with bcrypt.\n<!-- architecture -->\n- Passwords are hashed with bcrypt, cost factor 12 (NFR-11).',
      fail: '<!-- prd -->\n- **NFR-6:** Search answers within 500 ms at p95.\n- **NFR-11:** Passwords are hashed with bcrypt.\n<!-- architecture -->\n- Passwords are hashed with bcrypt, cost factor 12 (NFR-6).',
    },
  },
  check(ctx) {
    // Found while coverage is computed: a drifted citation does not cover the NFR it cites.
    for (const d of ctx.view.coverage.drift) {
      if (d.group) {
        // One description given to several IDs, describing none of them: one finding for the group.
        if (d.group.requirements[0] !== d.cited) continue;
        const ids = d.group.written;
        ctx.report({
          location: d.location,
          message: d.closer ? `This place cites ${ids} but describes them as "${d.says}"; ${describe(d.closer)} reads closer.` : `This place cites ${ids} but describes them as "${d.says}", which says ${d.scores.cited === 0 ? 'nothing of them' : 'little of them and reads more like other NFRs'}.`,
          fix: d.closer
            ? `Cite ${d.closer.id} here if this is where it is met, and cite ${ids} where the architecture meets them.`
            : `Cite ${ids} where the architecture meets them, and cite here the requirement this place describes.`,
          related: { ...d.cited.location, message: `${d.cited.id} defined here` },
          identity: `This place cites ${ids} but describes something else.`,
        });
        continue;
      }
      ctx.report({
        location: d.location,
        // Without a clearly closer NFR, only what is known: the cited NFR's words are not there (or few of them, and another NFR's are).
        message: d.closer
          ? `This place cites ${describe(d.cited)} but describes it as "${d.says}"; ${describe(d.closer)} reads closer.`
          : d.scores.cited === 0
            ? `This place cites ${describe(d.cited)} but describes it as "${d.says}", which says nothing of it.`
            : `This place cites ${describe(d.cited)} but describes it as "${d.says}", which says little of it and reads more like other NFRs.`,
        fix: d.closer
          ? `Cite ${d.closer.id} here if this is where it is met, and cite ${d.cited.id} where the architecture meets it.`
          : `Use the PRD's meaning of ${d.cited.id} here (${d.cited.location.file}:${d.cited.location.line}), or cite the requirement this place restates.`,
        related: { ...d.cited.location, message: `${d.cited.id} defined here` },
        // Which NFR reads closer can change with edits elsewhere; what is cited where does not.
        identity: `This place cites ${d.cited.id} but describes something else.`,
      });
    }
  },
};
