import LedeCore
