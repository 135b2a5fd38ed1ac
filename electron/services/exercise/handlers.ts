import type { exerciseMethods } from '../../../shared/api/exercise-api';
import type { HandlerMap } from '../api/handler-types';
import {
  adHocInject,
  controlExercise,
  getExercise,
  loadExercise,
  setSpeed,
  skipInject,
  tickInject,
  viewOf,
} from './exercise-service';

export const exerciseHandlers: HandlerMap<keyof typeof exerciseMethods> = {
  'exercise.get': (input, ctx) => getExercise(ctx, input.incidentId),
  'exercise.load': (input, ctx) => loadExercise(ctx, input),
  'exercise.control': async (input, ctx) => {
    await controlExercise(ctx, input);
    return viewOf(ctx, input.incidentId);
  },
  'exercise.setSpeed': async (input, ctx) => {
    await setSpeed(ctx, input);
    return viewOf(ctx, input.incidentId);
  },
  'exercise.skip': async (input, ctx) => {
    await skipInject(ctx, input);
    return viewOf(ctx, input.incidentId);
  },
  'exercise.adHoc': async (input, ctx) => {
    await adHocInject(ctx, input);
    return viewOf(ctx, input.incidentId);
  },
  'exercise.tick': async (input, ctx) => {
    await tickInject(ctx, input);
    return viewOf(ctx, input.incidentId);
  },
};
