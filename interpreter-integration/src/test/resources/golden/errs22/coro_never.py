import asyncio
async def work():
    return 1
def main():
    work()
    print('called')
main()
import gc
gc.collect()
print('done')
