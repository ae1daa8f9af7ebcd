from observer_app.cli import run

run()
