/** The offline translator's command line ({@code java -jar stm-transformer.jar translate ...}), with picocli. */
package org.stmj.transform.cli;
