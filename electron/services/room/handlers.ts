import type { roomMethods } from '../../../shared/api/room-api';
import { AppError } from '../../../shared/errors/app-error';
import type { HandlerMap } from '../api/handler-types';
import { NO_ROOM, requireRoom, roomOf } from './room-control';

export const roomHandlers: HandlerMap<keyof typeof roomMethods> = {
  'room.status': async (_input, ctx) => (await roomOf(ctx)?.status()) ?? NO_ROOM,
  'room.open': async (input, ctx) => {
    // the room is for writing together: a workspace another copy holds cannot be shared
    ctx.requireWorkspace().assertWritable();
    return requireRoom(ctx).open(input);
  },
  'room.close': (_input, ctx) => requireRoom(ctx).close(),
  'room.renewCode': (_input, ctx) => requireRoom(ctx).renewCode(),
  'room.endSession': (input, ctx) => requireRoom(ctx).endSession(input.id),

  'room.join': async (input, ctx, caller) => {
    // only the room host offers a way to hand out the session (as a cookie)
    if (!caller.grantSession || !caller.remoteAddress) {
      throw new AppError('room.joinElsewhere', {
        nl: 'Deelnemen kan alleen via het adres van de crisiskamer.',
        en: 'Joining is only possible through the crisis room address.',
      });
    }
    const joined = await requireRoom(ctx).join(input, caller.remoteAddress);
    caller.grantSession(joined.token);
    return { name: joined.name, role: joined.role };
  },
  'room.me': async (_input, ctx, caller) =>
    caller.session ? (roomOf(ctx)?.participant(caller.session.id) ?? null) : null,
  'room.leave': async (_input, ctx, caller) => ({
    left: caller.session ? ((await roomOf(ctx)?.leave(caller.session.id)) ?? false) : false,
  }),
};
