s = """line1
line2
    indented"""
print(s)
t = '''a 'quoted' "word"'''
print(t)
u = """\
no leading newline\
 joined"""
print(u)
print(len("""
"""))
