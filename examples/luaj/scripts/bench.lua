-- The cost measurement: arithmetic on locals (the common case: nothing shared), and one shared table.insert per
-- 1000 iterations. Run with the setup script (it creates shared.list).
local N = 300000
local acc = 0
for i = 1, N do
  acc = (acc + i * 7) % 1000003
  if i % 1000 == 0 then
    table.insert(shared.list, acc)
  end
end
shared["result" .. id] = acc
