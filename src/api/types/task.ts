import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionType } from './connection.js';
import { LeadSource } from './enums.js';
import { Node, type Stored } from './node.js';

@ObjectType('Task', { simpleResolvers: true, implements: Node, description: 'A numbered work item (1. / (一)); sub-tasks nest under it.' })
export class Task implements Node, Stored<Task, 'Task'> {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The label as printed: 1., (一), …' })
  number!: string;

  @Field(() => [String], { description: 'Labels from the chapter down, e.g. ["二", "(六)", "1."].' })
  path!: string[];

  @Field(() => String, { description: 'The text after the label up to the first 。' })
  title!: string;

  @Field(() => String, { description: "The task's own text." })
  text!: string;

  @Field(() => Int, { description: 'Position in its document (reading order).' })
  order!: number;

  @Field(() => Int, { description: '1 for a top-level task, 2 for its sub-tasks, …' })
  depth!: number;

  @Field(() => LeadSource, {
    description: "EXPLICIT when its text names the lead; SUBTASKS when only its sub-tasks do (led through them); ISSUER when the bureau is accountable by default.",
  })
  leadSource!: LeadSource;

  @Field(() => Int, { nullable: true, description: "The document's year." })
  year!: number | null;

  @Field(() => String, { nullable: true, description: "The document's region." })
  region!: string | null;
}

export const TaskConnection = connectionType('Task', Task);
