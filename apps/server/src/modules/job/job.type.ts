import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { JobState } from './job-queue.service';

export enum BackgroundJobState {
  QUEUED = 'created',
  RETRY = 'retry',
  RUNNING = 'active',
  COMPLETED = 'completed',
  CANCELLED = 'cancelled',
  FAILED = 'failed',
}
registerEnumType(BackgroundJobState, {
  name: 'BackgroundJobState',
  description: 'RETRY: failed, waiting to be tried again; FAILED: every attempt failed.',
});

@ObjectType({ description: 'A job of the background queue (imports, SQL source syncs, webhook deliveries, digest sends, SLA scans): its state, attempts and last error.' })
export class BackgroundJob {
  @Field(() => ID) id: string;
  @Field({ description: 'The kind of job, e.g. import.run.' }) name: string;
  @Field(() => String, { nullable: true, description: 'Jobs of one kind with the same key never run at once.' }) key: string | null;
  @Field(() => BackgroundJobState) state: JobState;
  @Field(() => Int, { description: 'Attempts started so far.' }) attempts: number;
  @Field(() => Int) maxAttempts: number;
  @Field(() => String, { nullable: true, description: "The last failure's message." }) error: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field({ description: 'When a queued or retried job may start.' }) startAfter: Date;
}
