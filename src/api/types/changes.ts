// The same work across years: a plan compared with the same issuer's previous one.
import { Field, Float, ObjectType } from 'type-graphql';
import { Document } from './document.js';
import { Task } from './task.js';

@ObjectType('FigureChange', { simpleResolvers: true, description: 'A figure a continued task promises in both plans, with another value (a bed count raised …).' })
export class FigureChange {
  @Field(() => String, { nullable: true, description: 'What is counted, when the text says.' })
  subject!: string | null;

  @Field(() => String)
  unit!: string;

  @Field(() => Float)
  before!: number;

  @Field(() => Float)
  after!: number;

  @Field(() => String, { description: 'The earlier phrase as printed.' })
  beforeText!: string;

  @Field(() => String, { description: 'The later phrase as printed.' })
  afterText!: string;
}

@ObjectType('TaskContinuation', { simpleResolvers: true, description: 'A task of the later plan continuing one of the earlier: how similar they read, the phrases both print, what changed.' })
export class TaskContinuation {
  @Field(() => Task, { description: 'The earlier task.' })
  from!: Task;

  @Field(() => Task, { description: 'The later task.' })
  to!: Task;

  @Field(() => Float, { description: '0–1: the mean of the titles\' and the texts\' character-bigram Dice coefficients (a pair needs 0.35).' })
  similarity!: number;

  @Field(() => [String], { description: 'The longest phrases both print (4 characters or more), longest first: the evidence of the pairing.' })
  phrases!: string[];

  @Field(() => [String], { description: 'Lead departments the earlier task names.' })
  leadsBefore!: string[];

  @Field(() => [String], { description: 'Lead departments the later task names.' })
  leadsAfter!: string[];

  @Field(() => Boolean)
  leadChanged!: boolean;

  @Field(() => [FigureChange])
  figureChanges!: FigureChange[];
}

@ObjectType('PlanChanges', { simpleResolvers: true, description: 'What changed from one work plan to a later one of the same issuer.' })
export class PlanChanges {
  @Field(() => Document)
  from!: Document;

  @Field(() => Document)
  to!: Document;

  @Field(() => [TaskContinuation], { description: 'Every task of the later plan that continues one of the earlier, in the later plan\'s reading order.' })
  continued!: TaskContinuation[];

  @Field(() => [Task], { description: 'What is new: tasks of the later plan that continue none.' })
  added!: Task[];

  @Field(() => [Task], { description: 'What was dropped: tasks of the earlier plan that none continues.' })
  dropped!: Task[];

  @Field(() => [TaskContinuation], { description: 'Continued tasks whose lead departments changed.' })
  leadChanges!: TaskContinuation[];

  @Field(() => [TaskContinuation], { description: 'Continued tasks that promise a figure again with another value.' })
  figureChanges!: TaskContinuation[];
}

@ObjectType('ContinuedTask', { simpleResolvers: true, description: 'A task of the neighbouring plan of the same issuer joined by CONTINUES.' })
export class ContinuedTask {
  @Field(() => Task)
  task!: Task;

  @Field(() => Float)
  similarity!: number;

  @Field(() => [String])
  phrases!: string[];
}
