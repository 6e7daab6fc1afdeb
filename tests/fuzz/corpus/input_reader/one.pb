

a1One.