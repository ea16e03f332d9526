import * as runnerCommands from './action/runner-commands.js';
import { run } from './main.js';

// The runner starts this bundle: archgate's own runner commands, not @actions/core (see src/action/workflow-commands.ts).
void run(runnerCommands);
