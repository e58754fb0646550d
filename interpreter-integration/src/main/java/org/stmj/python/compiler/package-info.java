/**
 * Source to bytecode: the tokenizer (indentation, literals, f-strings), the recursive-descent parser to a compact
 * AST, scope analysis (locals, cells, free and global names), and the code generator that emits one int per
 * instruction (opcode in the low byte, argument above) into immutable {@link org.stmj.python.compiler.Code}
 * objects.
 */
package org.stmj.python.compiler;
