import { nextInject } from '../../../shared/exercise/inject-rows';
import { realTimeOf } from '../../../shared/exercise/scenario-clock';
import type { AppContext } from '../app-context';
import type { WorkspaceSession } from '../workspace/workspace-session';
import { fireDue } from './exercise-service';
import { exerciseIncidentIds, exerciseStore } from './exercise-store';

/** Timers above this are re-armed in steps: Node caps setTimeout near 24.8 days, and clocks drift. */
const MAX_WAIT_MS = 60_000;

/**
 * Runs the exercises in the back end, not in a window: one timer per running exercise, armed for
 * the moment its next inject is due at the current speed. Every command re-arms it, and when a
 * workspace opens the runner picks up every running exercise, firing what fell due while the host
 * was down, so a restart loses nothing.
 */
export class InjectRunner {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private session: WorkspaceSession | null = null;

  constructor(private readonly ctx: AppContext) {}

  /** Follows the workspace: when another one opens, the old timers stop and the new ones start. */
  start(): () => void {
    const follow = () => {
      if (this.ctx.workspace === this.session) return;
      this.stopAll();
      this.session = this.ctx.workspace;
      if (this.session && !this.session.readOnly) void this.resumeAll(this.session);
    };
    follow();
    const off = this.ctx.events.subscribe((name, payload) => {
      if (name === 'workspace.changed') follow();
      if (name === 'exercise.changed') this.arm((payload as { incidentId: string }).incidentId);
    });
    return () => {
      off();
      this.stopAll();
    };
  }

  private async resumeAll(session: WorkspaceSession): Promise<void> {
    for (const id of await exerciseIncidentIds(session)) this.arm(id);
  }

  /** (Re)arms the timer of one exercise: fires what is due now, then waits for the next inject. */
  arm(incidentId: string): void {
    this.clear(incidentId);
    void this.tick(incidentId).catch((error: unknown) => {
      // a closed incident, a lost lock: the exercise stops firing; the leader's screen shows why
      console.error('[exercise] runner stopped for', incidentId, error);
    });
  }

  private async tick(incidentId: string): Promise<void> {
    const session = this.ctx.workspace;
    if (!session || session !== this.session || session.readOnly) return;
    const store = await exerciseStore(session, incidentId);
    if (store.data.status !== 'running') return;
    const state = await fireDue(this.ctx, incidentId);
    const next = nextInject(state);
    if (!next || state.status !== 'running') return;
    const due = realTimeOf(state.clock, next.offsetMinutes * 60_000);
    if (due === null) return;
    const wait = Math.min(Math.max(0, due - Date.now()), MAX_WAIT_MS);
    this.clear(incidentId);
    const timer = setTimeout(() => this.arm(incidentId), wait);
    // an exercise must never keep a closing host (or a test run) alive
    timer.unref();
    this.timers.set(incidentId, timer);
  }

  private clear(incidentId: string): void {
    const timer = this.timers.get(incidentId);
    if (timer) clearTimeout(timer);
    this.timers.delete(incidentId);
  }

  private stopAll(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
