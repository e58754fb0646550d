# CPython's unittest running a small suite (results printed, not the timing line)
import io
import unittest


class Arith(unittest.TestCase):
    def test_add(self):
        self.assertEqual(2 + 2, 4)

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    def test_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skip(self):
        pass

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)


suite = unittest.defaultTestLoader.loadTestsFromTestCase(Arith)
result = unittest.TestResult()
suite.run(result)
print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors),
      "skipped", len(result.skipped))
print(sorted(t.id().split(".")[-1] for t, _ in result.failures))
print(sorted(t.id().split(".")[-1] for t, _ in result.errors))
print(result.wasSuccessful())
