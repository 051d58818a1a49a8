print("koho")
