package org.stmj.transform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Whether HotSpot's C1 can parse a method's exception handlers. C1 builds its blocks the way this class does
 * ({@code BlockListBuilder}: a block at every jump target, after every branch and at every handler; an exception
 * edge from a block to each handler that covers one of its instructions that can trap, in table order, up to a
 * catch-all; the fall-through or branch successors after them), numbers them in reverse post-order of a depth-first
 * walk that takes each block's successors last-added first, and parses them in that order. A handler block can
 * be merged into only before it is parsed: when a block that throws into a handler comes after the handler in that
 * order, C1 gives up on the whole method ("error while joining with exception handler, prob. due to complicated
 * jsr/rets") and the method runs in the bytecode interpreter until C2 compiles it. That happens when the handler's
 * own code jumps into the region it guards at a point that the walk had not reached before it reached the handler
 * (the restart handler of a dispatch loop's twin once jumped straight back to the boundary's code). C1 also refuses
 * a handler block that is the target of an ordinary jump.
 */
final class C1Shape {
    private C1Shape() {
    }

    private static final class Block {
        final int first;
        final List<Block> sux = new ArrayList<>();
        final List<Block> handlers = new ArrayList<>();
        boolean handler;
        int dfn = -1;

        Block(int first) {
            this.first = first;
        }
    }

    /** The reason C1 will not parse {@code m}, or null when its handlers are in an order C1 accepts. */
    static String problem(MethodNode m) {
        AbstractInsnNode[] insns = m.instructions.toArray();
        int n = insns.length;
        if (n == 0 || m.tryCatchBlocks.isEmpty()) {
            return null;
        }
        Map<LabelNode, Integer> at = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (insns[i] instanceof LabelNode l) {
                at.put(l, i);
            }
        }
        boolean[] leader = new boolean[n + 1];
        leader[firstReal(insns, 0)] = true;
        for (TryCatchBlockNode tc : m.tryCatchBlocks) {
            leader[firstReal(insns, at.get(tc.handler))] = true;
        }
        for (int i = 0; i < n; i++) {
            AbstractInsnNode x = insns[i];
            if (x instanceof JumpInsnNode j) {
                leader[firstReal(insns, at.get(j.label))] = true;
                leader[firstReal(insns, i + 1)] = true;
            } else if (x instanceof TableSwitchInsnNode || x instanceof LookupSwitchInsnNode || ends(x)) {
                for (LabelNode l : targets(x)) {
                    leader[firstReal(insns, at.get(l))] = true;
                }
                leader[firstReal(insns, i + 1)] = true;
            }
        }
        Block[] blockAt = new Block[n + 1];
        List<Block> blocks = new ArrayList<>();
        Block current = null;
        for (int i = 0; i < n; i++) {
            AbstractInsnNode x = insns[i];
            if (x.getOpcode() < 0) {
                continue;
            }
            if (leader[i]) {
                Block b = block(blockAt, blocks, i);
                if (current != null) {
                    current.sux.add(b);
                }
                current = b;
            }
            if (current == null) {
                continue; // unreachable code after an unconditional jump (ASM writes it as nops and athrow)
            }
            if (canTrap(x)) {
                for (TryCatchBlockNode tc : m.tryCatchBlocks) {
                    if (at.get(tc.start) <= i && i < at.get(tc.end)) {
                        Block h = block(blockAt, blocks, firstReal(insns, at.get(tc.handler)));
                        h.handler = true;
                        if (!current.sux.contains(h)) {
                            current.sux.add(h);
                            current.handlers.add(h);
                        }
                        if (tc.type == null) {
                            break;
                        }
                    }
                }
            }
            if (x instanceof JumpInsnNode j) {
                if (x.getOpcode() != Opcodes.GOTO) {
                    current.sux.add(block(blockAt, blocks, firstReal(insns, i + 1)));
                }
                current.sux.add(block(blockAt, blocks, firstReal(insns, at.get(j.label))));
                current = null;
            } else if (x instanceof TableSwitchInsnNode || x instanceof LookupSwitchInsnNode) {
                for (LabelNode l : targets(x)) {
                    current.sux.add(block(blockAt, blocks, firstReal(insns, at.get(l))));
                }
                current = null;
            } else if (ends(x)) {
                current = null;
            }
        }
        for (Block b : blocks) {
            for (Block s : b.sux) {
                if (s.handler && !b.handlers.contains(s)) {
                    return "a handler at instruction " + s.first + " is also reached by an ordinary jump";
                }
            }
        }
        number(blockAt[firstReal(insns, 0)], blocks.size());
        for (Block b : blocks) {
            for (Block h : b.handlers) {
                if (b.dfn >= 0 && h.dfn >= 0 && b.dfn > h.dfn) {
                    return "the handler at instruction " + h.first + " comes before the block at instruction "
                            + b.first + " that throws into it in C1's parse order (the handler's code enters its "
                            + "guarded region other than through the region's entry)";
                }
            }
        }
        return null;
    }

    /** C1's {@code mark_loops} numbering: depth first, successors last-added first, reverse post-order. */
    private static void number(Block entry, int count) {
        int next = count;
        List<Block> stack = new ArrayList<>();
        List<Integer> pos = new ArrayList<>();
        java.util.Set<Block> visited = new java.util.HashSet<>();
        visited.add(entry);
        stack.add(entry);
        pos.add(entry.sux.size() - 1);
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            Block b = stack.get(top);
            int i = pos.get(top);
            if (i < 0) {
                b.dfn = next--;
                stack.remove(top);
                pos.remove(top);
                continue;
            }
            pos.set(top, i - 1);
            Block s = b.sux.get(i);
            if (visited.add(s)) {
                stack.add(s);
                pos.add(s.sux.size() - 1);
            }
        }
    }

    private static Block block(Block[] blockAt, List<Block> blocks, int i) {
        if (blockAt[i] == null) {
            blockAt[i] = new Block(i);
            blocks.add(blockAt[i]);
        }
        return blockAt[i];
    }

    private static int firstReal(AbstractInsnNode[] insns, int i) {
        while (i < insns.length && insns[i].getOpcode() < 0) {
            i++;
        }
        return i;
    }

    private static List<LabelNode> targets(AbstractInsnNode x) {
        List<LabelNode> t = new ArrayList<>();
        if (x instanceof TableSwitchInsnNode s) {
            t.addAll(s.labels);
            t.add(s.dflt);
        } else if (x instanceof LookupSwitchInsnNode s) {
            t.addAll(s.labels);
            t.add(s.dflt);
        }
        return t;
    }

    private static boolean ends(AbstractInsnNode x) {
        int op = x.getOpcode();
        return op >= Opcodes.IRETURN && op <= Opcodes.RETURN || op == Opcodes.ATHROW;
    }

    /** C1's {@code GraphBuilder::can_trap}, conservatively. */
    private static boolean canTrap(AbstractInsnNode x) {
        int op = x.getOpcode();
        return op >= Opcodes.IALOAD && op <= Opcodes.SALOAD || op >= Opcodes.IASTORE && op <= Opcodes.SASTORE
                || op == Opcodes.IDIV || op == Opcodes.IREM || op == Opcodes.LDIV || op == Opcodes.LREM
                || op >= Opcodes.GETSTATIC && op <= Opcodes.INVOKEDYNAMIC
                || op >= Opcodes.NEW && op <= Opcodes.MONITOREXIT || op == Opcodes.MULTIANEWARRAY
                || op == Opcodes.LDC;
    }
}
