// The CASL rules of the benchmark (bench/casl-rules.ts) must answer exactly as the engine does, or the
// side-by-side speed comparison would compare different questions. A sample of the large scenario's
// decisions (the benchmark's own questions and more), every one agreeing.
import { describe, expect, it } from 'vitest';
import { decide } from '../mocks/engine/index';
import { benchQuestions, caslSide, largeWorld } from './casl-questions';

describe('the CASL rules of the benchmark', () => {
  it('agree with decide() on every sampled decision of the large scenario', () => {
    const world = largeWorld();
    const questions = benchQuestions(world, 4000);
    const casl = caslSide(world, questions);
    const disagreements = questions
      .map((q, i) => ({
        q,
        engine: decide(world, q.actor, q.permission, q.resource).allowed,
        casl: casl.answer(i),
      }))
      .filter((d) => d.engine !== d.casl);
    expect(disagreements.slice(0, 5)).toEqual([]);
  });
});
