/**
 * The {@code -javaagent} front end: {@link org.stmj.transform.agent.StmAgent} reads the options, installs
 * {@link org.stmj.transform.agent.AgentTransformer}, which transforms each selected class as it is loaded and
 * stops the program with a one-line reason when a class cannot be transformed.
 */
package org.stmj.transform.agent;
