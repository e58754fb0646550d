-- Each thread appends N numbers to shared.list (table.insert: one CALL instruction) and sets N keys of its own in
-- shared.keys (one SETTABLE each). Every one of them is a single Lua instruction, atomic under the STM; plain LuaJ
-- on threads loses some when two threads grow the same table at once.
local N = 2000
local list, keys = shared.list, shared.keys
for i = 1, N do
  table.insert(list, i)
  keys[id * N + i] = i
end
